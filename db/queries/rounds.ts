import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { reportingRounds, type ReportingRound } from '@/db/schema';
import { isoDate } from '@/lib/dates';
import {
  listRoundProgress,
  readOpenRound,
  readRound,
  type CountryRoundProgress,
  type RoundSummary,
} from './round-progress';

/**
 * Reporting rounds: reads, and writes that take plain values. Which moves exist (planned → open →
 * closed, at most one open at a time) is decided by the service in lib/workflow/rounds.ts.
 */

export type { CountryRoundProgress, RoundSummary };

const summaryColumns = {
  id: reportingRounds.id,
  title: reportingRounds.title,
  opensOn: reportingRounds.opensOn,
  deadline: reportingRounds.deadline,
  status: reportingRounds.status,
};

export async function listRounds({ executor = db() }: { executor?: Executor } = {}): Promise<RoundSummary[]> {
  return executor
    .select(summaryColumns)
    .from(reportingRounds)
    .orderBy(desc(reportingRounds.deadline), desc(reportingRounds.id));
}

export async function getOpenRound({ executor = db() }: { executor?: Executor } = {}): Promise<RoundSummary | null> {
  return readOpenRound(executor);
}

/** Which states have reported in a round, which have not, and which are late. */
export async function getRoundProgress({
  roundId,
  today = isoDate(),
  executor = db(),
}: {
  roundId: number;
  today?: string;
  executor?: Executor;
}): Promise<{ round: RoundSummary; countries: CountryRoundProgress[] } | null> {
  const round = await readRound(executor, roundId);
  if (!round) return null;
  return { round, countries: await listRoundProgress(executor, { round, today }) };
}

export async function insertRound({
  executor,
  values,
}: {
  executor: Executor;
  values: { title: string; opensOn: string; deadline: string; createdById: string };
}): Promise<RoundSummary> {
  const [row] = await executor.insert(reportingRounds).values(values).returning(summaryColumns);
  return row!;
}

/** The round, locked until the transaction ends, or null when there is no such round. */
export async function lockRound({ executor, id }: { executor: Executor; id: number }): Promise<RoundSummary | null> {
  const [row] = await executor
    .select(summaryColumns)
    .from(reportingRounds)
    .where(eq(reportingRounds.id, id))
    .for('update');
  return row ?? null;
}

// Taken before looking for an open round and opening one, so two rounds opened at the same instant
// are decided one after the other (the partial unique index stays the last word).
const OPENING_LOCK = sql`pg_advisory_xact_lock(hashtext('reporting_rounds.open'))`;

export async function lockRoundOpening(executor: Executor): Promise<void> {
  await executor.execute(sql`select ${OPENING_LOCK}`);
}

/** Sets the status, stamping when the round opened or closed. */
export async function setRoundStatus({
  executor,
  id,
  status,
}: {
  executor: Executor;
  id: number;
  status: ReportingRound['status'];
}): Promise<RoundSummary> {
  const [row] = await executor
    .update(reportingRounds)
    .set({
      status,
      updatedAt: sql`now()`,
      ...(status === 'open' ? { openedAt: sql`now()` } : status === 'closed' ? { closedAt: sql`now()` } : {}),
    })
    .where(eq(reportingRounds.id, id))
    .returning(summaryColumns);
  return row!;
}
