import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { reportReturns, users, type EvidenceLink, type ImplementationStatus } from '@/db/schema';

/**
 * Each time a report was returned: its content as returned and the reason, so the reviewer of a
 * resubmission sees what was asked and what changed since.
 */

export type ReportReturnRow = {
  id: number;
  reportId: number;
  reportVersion: number;
  claimedStatus: ImplementationStatus;
  narrative: string;
  evidence: EvidenceLink[];
  reason: string;
  reviewerName: string | null;
  returnedAt: Date;
};

export async function insertReportReturn({
  executor,
  values,
}: {
  executor: Executor;
  values: Omit<ReportReturnRow, 'id' | 'reviewerName' | 'returnedAt'> & { reviewerId: string };
}): Promise<{ id: number }> {
  const [row] = await executor.insert(reportReturns).values(values).returning({ id: reportReturns.id });
  return row!;
}

/** A report's returns, the earliest first. */
export async function listReportReturns({
  reportId,
  executor = db(),
}: {
  reportId: number;
  executor?: Executor;
}): Promise<ReportReturnRow[]> {
  return executor
    .select({
      id: reportReturns.id,
      reportId: reportReturns.reportId,
      reportVersion: reportReturns.reportVersion,
      claimedStatus: reportReturns.claimedStatus,
      narrative: reportReturns.narrative,
      evidence: reportReturns.evidence,
      reason: reportReturns.reason,
      reviewerName: users.name,
      returnedAt: reportReturns.returnedAt,
    })
    .from(reportReturns)
    .leftJoin(users, eq(users.id, reportReturns.reviewerId))
    .where(eq(reportReturns.reportId, reportId))
    .orderBy(asc(reportReturns.returnedAt), asc(reportReturns.id));
}
