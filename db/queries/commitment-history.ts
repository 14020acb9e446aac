import 'server-only';
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { auditEvents, progressReports, users, type Role } from '@/db/schema';
import type { CommitmentSnapshot } from './commitments';

/**
 * A commitment's history, read from the audit log: every change to the commitment and to its reports,
 * with who made it and the values before and after. The log is append-only, so this is the whole story.
 */

export type HistoryEntry = {
  id: number;
  occurredAt: Date;
  action: string;
  entityType: string | null;
  entityId: string | null;
  actorName: string | null;
  actorRole: Role | null;
  before: unknown;
  after: unknown;
};

/** The commitment as it was at `version`, when the app recorded that version (the after of a change). */
export async function readCommitmentSnapshotAt(
  executor: Executor,
  { commitmentId, version }: { commitmentId: number; version: number },
): Promise<CommitmentSnapshot | null> {
  const [row] = await executor
    .select({ after: auditEvents.after })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'commitment'),
        eq(auditEvents.entityId, String(commitmentId)),
        eq(auditEvents.outcome, 'success'),
        sql`(${auditEvents.after} ->> 'version')::int = ${version}`,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1);
  // Versions recorded before commitments had a language were all written in English (migration 0006).
  if (!row) return null;
  const snapshot = row.after as Omit<CommitmentSnapshot, 'language'> & Partial<Pick<CommitmentSnapshot, 'language'>>;
  return { ...snapshot, language: snapshot.language ?? 'en' };
}

/**
 * Oldest first. `countryId` is the commitment's country (required, so a caller scoped to one state
 * cannot read another's history by guessing an id).
 */
export async function getCommitmentHistory({
  commitmentId,
  countryId,
  executor = db(),
}: {
  commitmentId: number;
  countryId: number;
  executor?: Executor;
}): Promise<HistoryEntry[]> {
  const reportIds = executor
    .select({ id: sql<string>`${progressReports.id}::text` })
    .from(progressReports)
    .where(and(eq(progressReports.commitmentId, commitmentId), eq(progressReports.countryId, countryId)));
  return executor
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      actorName: users.name,
      actorRole: auditEvents.actorRole,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.outcome, 'success'),
        eq(auditEvents.countryId, countryId),
        or(
          and(eq(auditEvents.entityType, 'commitment'), eq(auditEvents.entityId, String(commitmentId))),
          and(eq(auditEvents.entityType, 'progress_report'), inArray(auditEvents.entityId, reportIds)),
        ),
      ),
    )
    .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id));
}
