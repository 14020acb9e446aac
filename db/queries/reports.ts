import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import {
  commitments,
  progressReports,
  reportingRounds,
  type EvidenceLink,
  type ImplementationStatus,
  type ReportState,
} from '@/db/schema';
import type { ReturnReportInput, SaveReportInput, VerifyReportInput } from '@/lib/validation/report';
import { isReportEditable, reportMove, type Actor, type WorkflowResult } from '@/lib/workflow';
import { readCommitmentSnapshot, type CommitmentSnapshot } from './commitments';
import { recordWorkflowEvent } from './workflow-audit';

/**
 * Writes to progress reports. A focal point's writes are scoped by `countryId` (their account's
 * country, never the form's); the secretariat's review moves a report and, when verifying, the
 * commitment's public status, in one transaction with both audit events.
 */

export const reportColumns = {
  id: progressReports.id,
  commitmentId: progressReports.commitmentId,
  countryId: progressReports.countryId,
  roundId: progressReports.roundId,
  authorId: progressReports.authorId,
  claimedStatus: progressReports.claimedStatus,
  narrative: progressReports.narrative,
  evidence: progressReports.evidence,
  reportedOn: progressReports.reportedOn,
  state: progressReports.state,
  submittedAt: progressReports.submittedAt,
  reviewerId: progressReports.reviewerId,
  reviewedAt: progressReports.reviewedAt,
  assessedStatus: progressReports.assessedStatus,
  publicNote: progressReports.publicNote,
  returnReason: progressReports.returnReason,
  version: progressReports.version,
  createdAt: progressReports.createdAt,
  updatedAt: progressReports.updatedAt,
};

export type ReportSnapshot = {
  id: number;
  commitmentId: number;
  countryId: number;
  roundId: number | null;
  authorId: string | null;
  claimedStatus: ImplementationStatus;
  narrative: string;
  evidence: EvidenceLink[];
  reportedOn: string;
  state: ReportState;
  submittedAt: Date | null;
  reviewerId: string | null;
  reviewedAt: Date | null;
  assessedStatus: ImplementationStatus | null;
  publicNote: string | null;
  returnReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** Reports that are still in someone's hands; a commitment has at most one at a time. */
const OPEN_STATES = ['draft', 'submitted', 'returned'] as const satisfies readonly ReportState[];

export async function readReport(
  executor: Executor,
  where: { id: number; countryId?: number },
  options: { lock?: boolean } = {},
): Promise<ReportSnapshot | null> {
  const query = executor
    .select(reportColumns)
    .from(progressReports)
    .where(
      and(
        eq(progressReports.id, where.id),
        where.countryId === undefined ? undefined : eq(progressReports.countryId, where.countryId),
      ),
    );
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

async function openRoundId(executor: Executor): Promise<number | null> {
  const [row] = await executor
    .select({ id: reportingRounds.id })
    .from(reportingRounds)
    .where(eq(reportingRounds.status, 'open'));
  return row?.id ?? null;
}

type SaveReportResult = WorkflowResult<ReportSnapshot, ReportSnapshot, SaveReportInput>;

/**
 * Creates or revises a focal point's report on one of their state's commitments, as a draft or, with
 * `intent: 'submit'`, submitted for review. A submitted report counts for the round open at that moment.
 */
export async function saveReport({
  actor,
  countryId,
  input,
  executor = db(),
}: {
  actor: Actor;
  countryId: number;
  input: SaveReportInput;
  executor?: Executor;
}): Promise<SaveReportResult> {
  return executor.transaction(async (tx): Promise<SaveReportResult> => {
    // Locking the commitment serialises writers, so two tabs cannot both start a report on it.
    const [commitment] = await tx
      .select({ id: commitments.id, publication: commitments.publication })
      .from(commitments)
      .where(and(eq(commitments.id, input.commitmentId), eq(commitments.countryId, countryId)))
      .for('update');
    if (!commitment) return { ok: false, code: 'not_found:commitment' };

    const submit = input.intent === 'submit';
    const content = {
      claimedStatus: input.claimedStatus,
      narrative: input.narrative,
      evidence: input.evidence,
      reportedOn: input.reportedOn,
    };
    const round = submit ? await openRoundId(tx) : null;

    if (input.reportId === undefined) {
      if (commitment.publication !== 'published')
        return { ok: false, code: 'invalid_state:commitment', state: commitment.publication };
      const [open] = await tx
        .select({ state: progressReports.state })
        .from(progressReports)
        .where(
          and(
            eq(progressReports.commitmentId, commitment.id),
            eq(progressReports.countryId, countryId),
            inArray(progressReports.state, [...OPEN_STATES]),
          ),
        );
      if (open) return { ok: false, code: 'invalid_state:report', state: open.state };
      const [row] = await tx
        .insert(progressReports)
        .values({
          ...content,
          commitmentId: commitment.id,
          countryId,
          authorId: actor.id,
          state: submit ? 'submitted' : 'draft',
          submittedAt: submit ? sql`now()` : null,
          roundId: round,
        })
        .returning({ id: progressReports.id });
      const after = (await readReport(tx, { id: row!.id }))!;
      await recordWorkflowEvent(tx, {
        actor,
        action: submit ? 'report.submit' : 'report.create',
        entityType: 'progress_report',
        entityId: after.id,
        countryId,
        before: null,
        after,
      });
      return { ok: true, data: after };
    }

    const before = await readReport(tx, { id: input.reportId, countryId }, { lock: true });
    if (!before || before.commitmentId !== commitment.id) return { ok: false, code: 'not_found:report' };
    if (before.version !== input.version)
      return {
        ok: false,
        code: 'conflict:report',
        current: before,
        submitted: input,
        changedFields: changedReportFields(before, input),
      };
    if (!isReportEditable(before.state)) return { ok: false, code: 'invalid_state:report', state: before.state };
    const to = submit ? reportMove('submit', before.state) : before.state;
    if (!to) return { ok: false, code: 'invalid_state:report', state: before.state };

    const updated = await tx
      .update(progressReports)
      .set({
        ...content,
        state: to,
        version: sql`${progressReports.version} + 1`,
        updatedAt: sql`now()`,
        ...(submit ? { submittedAt: sql`now()`, roundId: round ?? before.roundId } : {}),
      })
      .where(and(eq(progressReports.id, before.id), eq(progressReports.version, before.version)))
      .returning({ id: progressReports.id });
    if (updated.length === 0)
      return { ok: false, code: 'conflict:report', current: before, submitted: input, changedFields: [] };
    const after = (await readReport(tx, { id: before.id }))!;
    await recordWorkflowEvent(tx, {
      actor,
      action: submit ? 'report.submit' : 'report.update',
      entityType: 'progress_report',
      entityId: before.id,
      countryId,
      before,
      after,
    });
    return { ok: true, data: after };
  });
}

function changedReportFields(current: ReportSnapshot, input: SaveReportInput): string[] {
  const fields = ['claimedStatus', 'narrative', 'evidence', 'reportedOn'] as const;
  return fields.filter((field) => JSON.stringify(current[field]) !== JSON.stringify(input[field]));
}

type ReviewResult<TInput> = WorkflowResult<
  { report: ReportSnapshot; commitment: CommitmentSnapshot | null },
  ReportSnapshot,
  TInput
>;

async function review<TInput extends { id: number; version: number }>(
  executor: Executor,
  actor: Actor,
  input: TInput,
  action: 'verify' | 'return',
  values: Partial<typeof progressReports.$inferInsert>,
): Promise<ReviewResult<TInput>> {
  return executor.transaction(async (tx): Promise<ReviewResult<TInput>> => {
    const before = await readReport(tx, { id: input.id }, { lock: true });
    if (!before) return { ok: false, code: 'not_found:report' };
    if (before.version !== input.version)
      return { ok: false, code: 'conflict:report', current: before, submitted: input, changedFields: ['state'] };
    const to = reportMove(action, before.state);
    if (!to) return { ok: false, code: 'invalid_state:report', state: before.state };

    await tx
      .update(progressReports)
      .set({
        ...values,
        state: to,
        reviewerId: actor.id,
        reviewedAt: sql`now()`,
        version: sql`${progressReports.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(progressReports.id, before.id), eq(progressReports.version, before.version)));
    const after = (await readReport(tx, { id: before.id }))!;
    await recordWorkflowEvent(tx, {
      actor,
      action: `report.${action}`,
      entityType: 'progress_report',
      entityId: before.id,
      countryId: before.countryId,
      before,
      after,
    });

    let commitment: CommitmentSnapshot | null = null;
    if (action === 'verify') {
      // Only a verified report moves the public status, and it moves in this same transaction.
      const previous = (await readCommitmentSnapshot(tx, before.commitmentId, { lock: true }))!;
      await tx
        .update(commitments)
        .set({
          status: after.assessedStatus!,
          version: sql`${commitments.version} + 1`,
          updatedById: actor.id,
          updatedAt: sql`now()`,
        })
        .where(eq(commitments.id, before.commitmentId));
      commitment = (await readCommitmentSnapshot(tx, before.commitmentId))!;
      await recordWorkflowEvent(tx, {
        actor,
        action: 'commitment.status',
        entityType: 'commitment',
        entityId: commitment.id,
        countryId: commitment.countryId,
        before: previous,
        after: { ...commitment, reportId: before.id },
      });
    }
    return { ok: true, data: { report: after, commitment } };
  });
}

/** Verifies a submitted report with the secretariat's own assessment, which may differ from the claim. */
export async function verifyReport({
  actor,
  input,
  executor = db(),
}: {
  actor: Actor;
  input: VerifyReportInput;
  executor?: Executor;
}) {
  return review(executor, actor, input, 'verify', {
    assessedStatus: input.assessedStatus,
    publicNote: input.publicNote === '' ? null : input.publicNote,
  });
}

/** Returns a submitted report to its state with a reason; the focal point revises and resubmits. */
export async function returnReport({
  actor,
  input,
  executor = db(),
}: {
  actor: Actor;
  input: ReturnReportInput;
  executor?: Executor;
}) {
  return review(executor, actor, input, 'return', { returnReason: input.reason });
}
