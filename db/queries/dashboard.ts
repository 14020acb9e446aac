import 'server-only';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { auditEvents, commitments, countries, users, type ImplementationStatus } from '@/db/schema';
import { isoDate } from '@/lib/dates';
import { overdueCondition } from './commitment-lists';
import { listReviewQueue, type ReportListRow } from './report-lists';
import { listRoundProgress, readOpenRound, type CountryRoundProgress, type RoundSummary } from './round-progress';

/** The secretariat's dashboard: what waits for them, who is late, what is overdue, what just happened. */

export type OverdueCommitment = {
  id: number;
  ref: string;
  title: string;
  targetDate: string | null;
  status: ImplementationStatus;
  countryIso2: string;
  countryName: string;
};

export type ActivityRow = {
  id: number;
  occurredAt: Date;
  action: string;
  entityType: string | null;
  entityId: string | null;
  actorName: string | null;
  countryIso2: string | null;
  countryName: string | null;
};

/** The workflow's own actions, so the feed shows work on commitments rather than sign-ins. */
const WORKFLOW_ENTITIES = ['commitment', 'progress_report', 'reporting_round', 'comment', 'import'];

export type SecretariatDashboard = {
  waiting: { total: number; oldest: ReportListRow[] };
  openRound: RoundSummary | null;
  lateStates: CountryRoundProgress[];
  pendingStates: number;
  overdue: { total: number; rows: OverdueCommitment[] };
  activity: ActivityRow[];
};

export async function getSecretariatDashboard({
  today = isoDate(),
  limit = 10,
  executor = db(),
}: { today?: string; limit?: number; executor?: Executor } = {}): Promise<SecretariatDashboard> {
  const queue = await listReviewQueue({ limit, executor });
  const openRound = await readOpenRound(executor);
  const progress = openRound ? await listRoundProgress(executor, { round: openRound, today }) : [];

  const overdueWhere = overdueCondition(today);
  const [overdueTotal] = await executor.select({ total: count() }).from(commitments).where(overdueWhere);
  const overdueRows = await executor
    .select({
      id: commitments.id,
      ref: commitments.ref,
      title: commitments.title,
      targetDate: commitments.targetDate,
      status: commitments.status,
      countryIso2: countries.iso2,
      countryName: countries.name,
    })
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(overdueWhere)
    .orderBy(asc(commitments.targetDate), asc(commitments.ref))
    .limit(limit);

  const activity = await executor
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      actorName: users.name,
      countryIso2: countries.iso2,
      countryName: countries.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(countries, eq(countries.id, auditEvents.countryId))
    .where(and(eq(auditEvents.outcome, 'success'), inArray(auditEvents.entityType, WORKFLOW_ENTITIES)))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);

  return {
    waiting: { total: queue.total, oldest: queue.rows },
    openRound,
    lateStates: progress.filter((row) => row.state === 'late'),
    pendingStates: progress.filter((row) => row.state === 'pending').length,
    overdue: { total: overdueTotal?.total ?? 0, rows: overdueRows },
    activity,
  };
}
