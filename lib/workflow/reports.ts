import 'server-only';
import type { z } from 'zod';
import { getCommitmentCountry } from '@/db/queries/commitment-lists';
import { lockCommitment, setCommitmentStatus, type CommitmentSnapshot } from '@/db/queries/commitments';
import {
  findOpenRoundId,
  findReportStateIn,
  insertReport,
  readReport,
  recordReportReview,
  updateReportContent,
  type ReportSnapshot,
} from '@/db/queries/reports';
import { insertReportReturn } from '@/db/queries/report-returns';
import type { ActionContext } from '@/lib/actions/context';
import { notify } from '@/lib/notifications/notify';
import type { CurrentUser } from '@/lib/auth/session';
import type {
  returnReportSchema,
  saveReportSchema,
  SaveReportInput,
  verifyReportSchema,
} from '@/lib/validation/report';
import { failConflict, failInvalidState } from './failures';
import { NOTHING_PUBLIC, type Refresh } from './refresh';
import { isReportEditable, OPEN_REPORT_STATES, reportMove } from './rules';

/**
 * Progress reports: a focal point writes one on their own state's commitment (the country is the
 * commitment's, read from its row, and must be theirs; never the form's), as a draft or submitted for
 * review; the secretariat verifies it, moving the commitment's public status in the same transaction,
 * or returns it with a reason.
 */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

export type ReportSaved = { report: ReportSnapshot; refresh: Refresh };

export type ReportReviewed = {
  report: ReportSnapshot;
  /** The commitment as the verification left it; null when the report was returned (it is untouched). */
  commitment: CommitmentSnapshot | null;
  /** The commitment's reference, for the message that names it. */
  commitmentRef: string;
  refresh: Refresh;
};

const CONTENT_FIELDS = ['claimedStatus', 'narrative', 'evidence', 'reportedOn'] as const;

function changedReportFields(current: ReportSnapshot, input: SaveReportInput): string[] {
  return CONTENT_FIELDS.filter((field) => JSON.stringify(current[field]) !== JSON.stringify(input[field]));
}

/**
 * Creates or revises a focal point's report on one of their state's commitments, as a draft or, with
 * `intent: 'submit'`, submitted for review. A submitted report counts for the round open at that moment.
 */
export async function saveReport(ctx: Ctx<typeof saveReportSchema>): Promise<ReportSaved> {
  const { tx, input } = ctx;
  // Locking the commitment serialises writers, so two tabs cannot both start a report on it.
  const locked = await lockCommitment({ executor: tx, id: input.commitmentId });
  ctx.authorize('report.write', locked && { countryId: locked.commitment.countryId }, {
    type: 'commitment',
    id: input.commitmentId,
  });
  const { commitment } = locked!;
  const countryId = commitment.countryId;
  const submit = input.intent === 'submit';
  const content = {
    claimedStatus: input.claimedStatus,
    narrative: input.narrative,
    evidence: input.evidence,
    reportedOn: input.reportedOn,
  };
  const round = submit ? await findOpenRoundId({ executor: tx }) : null;

  if (input.reportId === undefined) {
    if (commitment.publication !== 'published') failInvalidState('commitment', commitment.publication);
    const open = await findReportStateIn({
      executor: tx,
      commitmentId: commitment.id,
      countryId,
      states: OPEN_REPORT_STATES,
    });
    if (open) failInvalidState('report', open);
    const report = await insertReport({
      executor: tx,
      values: {
        ...content,
        commitmentId: commitment.id,
        countryId,
        authorId: ctx.user.id,
        state: submit ? 'submitted' : 'draft',
      },
      submitted: submit ? { roundId: round } : null,
    });
    await ctx.audit({
      action: submit ? 'report.submit' : 'report.create',
      entityType: 'progress_report',
      entityId: report.id,
      countryId,
      before: null,
      after: report,
    });
    if (submit) await notify(ctx, { kind: 'report_submitted', report });
    // Nothing public changes until the secretariat verifies it.
    return { report, refresh: NOTHING_PUBLIC };
  }

  const before = await readReport(tx, { id: input.reportId, countryId }, { lock: true });
  ctx.authorize('report.write', before?.commitmentId === commitment.id ? { countryId } : null, {
    type: 'report',
    id: input.reportId,
  });
  if (before!.version !== input.version) failConflict('report', changedReportFields(before!, input), before);
  if (!isReportEditable(before!.state)) failInvalidState('report', before!.state);
  const to = submit ? reportMove('submit', before!.state) : before!.state;
  if (!to) failInvalidState('report', before!.state);

  const report = await updateReportContent({
    executor: tx,
    id: before!.id,
    version: before!.version,
    values: { ...content, state: to },
    submitted: submit ? { roundId: round ?? before!.roundId } : null,
  });
  if (!report) failConflict('report', [], before);
  await ctx.audit({
    action: submit ? 'report.submit' : 'report.update',
    entityType: 'progress_report',
    entityId: report.id,
    countryId,
    before,
    after: report,
  });
  if (submit) await notify(ctx, { kind: 'report_submitted', report });
  return { report, refresh: NOTHING_PUBLIC };
}

/** Moves a submitted report to verified or returned, with the reviewer's own values. */
async function review(
  ctx: Ctx<typeof verifyReportSchema> | Ctx<typeof returnReportSchema>,
  action: 'verify' | 'return',
  values: { assessedStatus?: ReportSnapshot['claimedStatus']; publicNote?: string | null; returnReason?: string },
): Promise<ReportSnapshot> {
  const { tx, input } = ctx;
  const before = await readReport(tx, { id: input.id }, { lock: true });
  ctx.authorize('report.review', before && { countryId: before.countryId }, { type: 'report', id: input.id });
  if (before!.version !== input.version) failConflict('report', ['state'], before);
  const to = reportMove(action, before!.state);
  if (!to) failInvalidState('report', before!.state);

  const report = await recordReportReview({
    executor: tx,
    id: before!.id,
    version: before!.version,
    values: { ...values, state: to, reviewerId: ctx.user.id },
  });
  await ctx.audit({
    action: `report.${action}`,
    entityType: 'progress_report',
    entityId: before!.id,
    countryId: before!.countryId,
    before,
    after: report,
  });
  return report!;
}

/** Verifies a submitted report with the secretariat's own assessment, which may differ from the claim. */
export async function verifyReport(ctx: Ctx<typeof verifyReportSchema>): Promise<ReportReviewed> {
  const report = await review(ctx, 'verify', {
    assessedStatus: ctx.input.assessedStatus,
    publicNote: ctx.input.publicNote === '' ? null : ctx.input.publicNote,
  });
  // Only a verified report moves the public status, and it moves in this same transaction.
  const { commitment: previous, iso3 } = (await lockCommitment({ executor: ctx.tx, id: report.commitmentId }))!;
  const row = await setCommitmentStatus({
    executor: ctx.tx,
    id: previous.id,
    status: report.assessedStatus!,
    updatedById: ctx.user.id,
  });
  const commitment: CommitmentSnapshot = { ...row, standardIds: previous.standardIds };
  await ctx.audit({
    action: 'commitment.status',
    entityType: 'commitment',
    entityId: commitment.id,
    countryId: commitment.countryId,
    before: previous,
    after: { ...commitment, reportId: report.id },
  });
  await notify(ctx, { kind: 'report_verified', report });
  // The state's public pages show the new status on the very next request.
  return { report, commitment, commitmentRef: commitment.ref, refresh: { countries: [iso3] } };
}

/** Returns a submitted report to its state with a reason; the focal point revises and resubmits. */
export async function returnReport(ctx: Ctx<typeof returnReportSchema>): Promise<ReportReviewed> {
  const report = await review(ctx, 'return', { returnReason: ctx.input.reason });
  // The content as returned, kept so the review of the resubmission can show what changed since.
  await insertReportReturn({
    executor: ctx.tx,
    values: {
      reportId: report.id,
      reportVersion: report.version,
      claimedStatus: report.claimedStatus,
      narrative: report.narrative,
      evidence: report.evidence,
      reason: ctx.input.reason,
      reviewerId: ctx.user.id,
    },
  });
  const place = await getCommitmentCountry({ id: report.commitmentId, executor: ctx.tx });
  await notify(ctx, { kind: 'report_returned', report });
  return { report, commitment: null, commitmentRef: place!.ref, refresh: NOTHING_PUBLIC };
}
