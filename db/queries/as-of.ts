import 'server-only';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import {
  auditEvents,
  commitmentStandards,
  commitments,
  membershipEvents,
  progressReports,
  standards,
} from '@/db/schema';
import type { AsOfInputs, Snapshot } from '@/lib/as-of';

/**
 * The dated records one state's scorecard on a past day is rebuilt from (lib/as-of.ts): every
 * commitment that was ever published, its verified reports, the audit log's snapshots of its changes,
 * and the membership events. Drafts that never went public are not read at all; what was public on
 * which day is decided in lib/as-of.ts from these records.
 */
export async function getAsOfInputs({
  countryId,
  executor = db(),
}: {
  countryId: number;
  executor?: Executor;
}): Promise<AsOfInputs> {
  const everPublished = and(eq(commitments.countryId, countryId), isNotNull(commitments.publishedAt));
  const commitmentRows = await executor
    .select({
      id: commitments.id,
      ref: commitments.ref,
      title: commitments.title,
      language: commitments.language,
      targetDate: commitments.targetDate,
      publication: commitments.publication,
      status: commitments.status,
      publishedAt: commitments.publishedAt,
      archivedAt: commitments.archivedAt,
    })
    .from(commitments)
    .where(everPublished)
    .orderBy(asc(commitments.ref));
  const ids = commitmentRows.map((row) => row.id);
  if (ids.length === 0) return { commitments: [], audit: [], reports: [], events: await eventsOf(executor, countryId) };

  const snapshot = (column: typeof auditEvents.before | typeof auditEvents.after) =>
    sql<Snapshot | null>`case when ${column} is null then null else jsonb_build_object(
      'publication', ${column} ->> 'publication', 'status', ${column} ->> 'status', 'title', ${column} ->> 'title') end`;
  const [standardRows, reportRows, auditRows, events] = await Promise.all([
    executor
      .select({ commitmentId: commitmentStandards.commitmentId, code: standards.code })
      .from(commitmentStandards)
      .innerJoin(standards, eq(standards.id, commitmentStandards.standardId))
      .where(inArray(commitmentStandards.commitmentId, ids))
      .orderBy(asc(standards.frameworkId), asc(standards.position), asc(standards.code)),
    executor
      .select({
        id: progressReports.id,
        commitmentId: progressReports.commitmentId,
        claimedStatus: progressReports.claimedStatus,
        assessedStatus: progressReports.assessedStatus,
        publicNote: progressReports.publicNote,
        reportedOn: progressReports.reportedOn,
        reviewedAt: progressReports.reviewedAt,
      })
      .from(progressReports)
      .where(and(eq(progressReports.state, 'verified'), inArray(progressReports.commitmentId, ids))),
    executor
      .select({
        entityId: auditEvents.entityId,
        occurredAt: auditEvents.occurredAt,
        before: snapshot(auditEvents.before),
        after: snapshot(auditEvents.after),
      })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.countryId, countryId),
          eq(auditEvents.entityType, 'commitment'),
          eq(auditEvents.outcome, 'success'),
          inArray(
            auditEvents.entityId,
            ids.map((id) => String(id)),
          ),
        ),
      )
      .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id)),
    eventsOf(executor, countryId),
  ]);

  const standardsOf = new Map<number, { code: string }[]>();
  for (const { commitmentId, ...standard } of standardRows)
    standardsOf.set(commitmentId, [...(standardsOf.get(commitmentId) ?? []), standard]);
  return {
    commitments: commitmentRows.map((row) => ({ ...row, standards: standardsOf.get(row.id) ?? [] })),
    // A verified report always has both (CHECK progress_reports_verified_shape); this narrows the types.
    reports: reportRows.flatMap(({ assessedStatus, reviewedAt, ...row }) =>
      assessedStatus === null || reviewedAt === null ? [] : [{ ...row, assessedStatus, reviewedAt }],
    ),
    audit: auditRows.map(({ entityId, ...row }) => ({ ...row, commitmentId: Number(entityId) })),
    events,
  };
}

function eventsOf(executor: Executor, countryId: number) {
  return executor
    .select({
      type: membershipEvents.type,
      sequence: membershipEvents.sequence,
      occurredOn: membershipEvents.occurredOn,
      datePrecision: membershipEvents.datePrecision,
    })
    .from(membershipEvents)
    .where(eq(membershipEvents.countryId, countryId))
    .orderBy(asc(membershipEvents.sequence));
}
