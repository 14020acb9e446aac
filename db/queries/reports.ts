import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  progressReports,
  reportingRounds,
  type EvidenceLink,
  type ImplementationStatus,
  type ReportState,
} from '@/db/schema';

/**
 * Progress report rows: reads and writes that take plain values. Who may write a report, and which
 * state moves exist, is decided by the service in lib/workflow/reports.ts.
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

/** The round open now, if any: a submission counts for it. */
export async function findOpenRoundId({ executor }: { executor: Executor }): Promise<number | null> {
  const [row] = await executor
    .select({ id: reportingRounds.id })
    .from(reportingRounds)
    .where(eq(reportingRounds.status, 'open'));
  return row?.id ?? null;
}

/** The state of a report on this commitment that is in one of `states`, or null when there is none. */
export async function findReportStateIn({
  executor,
  commitmentId,
  countryId,
  states,
}: {
  executor: Executor;
  commitmentId: number;
  countryId: number;
  states: readonly ReportState[];
}): Promise<ReportState | null> {
  const [row] = await executor
    .select({ state: progressReports.state })
    .from(progressReports)
    .where(
      and(
        eq(progressReports.commitmentId, commitmentId),
        eq(progressReports.countryId, countryId),
        inArray(progressReports.state, [...states]),
      ),
    );
  return row?.state ?? null;
}

type ReportContent = Pick<ReportSnapshot, 'claimedStatus' | 'narrative' | 'evidence' | 'reportedOn'>;

/** A new report; `submitted` stamps the submission time and the round it counts for. */
export async function insertReport({
  executor,
  values,
  submitted,
}: {
  executor: Executor;
  values: ReportContent & { commitmentId: number; countryId: number; authorId: string; state: ReportState };
  submitted: { roundId: number | null } | null;
}): Promise<ReportSnapshot> {
  const [row] = await executor
    .insert(progressReports)
    .values({ ...values, submittedAt: submitted ? sql`now()` : null, roundId: submitted ? submitted.roundId : null })
    .returning(reportColumns);
  return row!;
}

/**
 * Saves a report's content and state if it is still at `version`; null when it is not. `submitted`
 * stamps the submission time and the round it counts for.
 */
export async function updateReportContent({
  executor,
  id,
  version,
  values,
  submitted,
}: {
  executor: Executor;
  id: number;
  version: number;
  values: ReportContent & { state: ReportState };
  submitted: { roundId: number | null } | null;
}): Promise<ReportSnapshot | null> {
  const [row] = await executor
    .update(progressReports)
    .set({
      ...values,
      version: sql`${progressReports.version} + 1`,
      updatedAt: sql`now()`,
      ...(submitted ? { submittedAt: sql`now()`, roundId: submitted.roundId } : {}),
    })
    .where(and(eq(progressReports.id, id), eq(progressReports.version, version)))
    .returning(reportColumns);
  return row ?? null;
}

/** Records the secretariat's review (verified or returned) if the report is still at `version`; null when it is not. */
export async function recordReportReview({
  executor,
  id,
  version,
  values,
}: {
  executor: Executor;
  id: number;
  version: number;
  values: {
    state: ReportState;
    reviewerId: string;
    assessedStatus?: ImplementationStatus;
    publicNote?: string | null;
    returnReason?: string;
  };
}): Promise<ReportSnapshot | null> {
  const [row] = await executor
    .update(progressReports)
    .set({ ...values, reviewedAt: sql`now()`, version: sql`${progressReports.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(progressReports.id, id), eq(progressReports.version, version)))
    .returning(reportColumns);
  return row ?? null;
}
