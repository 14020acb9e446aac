// No `import 'server-only'` here, on purpose: these queries are shared by the app (the round page, the
// dashboard) and by `npm run reminders` (scripts/reminders.ts), which runs in plain Node, where that
// marker package throws. Nothing here is secret or meant for the browser, and no client component
// imports it; the rest of the workflow's queries keep the marker.
import { and, asc, count, eq, inArray, like } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  commitments,
  countries,
  outboxMessages,
  progressReports,
  reportingRounds,
  users,
  type ReportState,
  type ReportingRound,
} from '@/db/schema';

export type RoundReportingState = 'reported' | 'pending' | 'late';

/** A report that counts as the state having reported: submitted, or already verified. */
const REPORTED_STATES = ['submitted', 'verified'] as const satisfies readonly ReportState[];

export type CountryRoundProgress = {
  countryId: number;
  iso3: string;
  iso2: string;
  name: string;
  /** Published commitments the state is expected to report on. */
  expected: number;
  /** Of those, how many have a submitted or verified report in this round. */
  reported: number;
  state: RoundReportingState;
};

export type RoundSummary = Pick<ReportingRound, 'id' | 'title' | 'opensOn' | 'deadline' | 'status'>;

const roundColumns = {
  id: reportingRounds.id,
  title: reportingRounds.title,
  opensOn: reportingRounds.opensOn,
  deadline: reportingRounds.deadline,
  status: reportingRounds.status,
};

export async function readOpenRound(executor: Executor): Promise<RoundSummary | null> {
  const [row] = await executor.select(roundColumns).from(reportingRounds).where(eq(reportingRounds.status, 'open'));
  return row ?? null;
}

export async function readRound(executor: Executor, id: number): Promise<RoundSummary | null> {
  const [row] = await executor.select(roundColumns).from(reportingRounds).where(eq(reportingRounds.id, id));
  return row ?? null;
}

/**
 * Which states have reported in a round: every state with at least one published commitment, and how
 * many of those commitments have a submitted or verified report counted for the round. A state has
 * reported when all of them have; until the deadline it is pending, after it late.
 */
export async function listRoundProgress(
  executor: Executor,
  { round, today }: { round: Pick<RoundSummary, 'id' | 'deadline'>; today: string },
): Promise<CountryRoundProgress[]> {
  const reportedIn = executor
    .selectDistinct({ commitmentId: progressReports.commitmentId })
    .from(progressReports)
    .where(and(eq(progressReports.roundId, round.id), inArray(progressReports.state, [...REPORTED_STATES])))
    .as('reported_in');
  const rows = await executor
    .select({
      countryId: countries.id,
      iso3: countries.iso3,
      iso2: countries.iso2,
      name: countries.name,
      expected: count(commitments.id),
      reported: count(reportedIn.commitmentId),
    })
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .leftJoin(reportedIn, eq(reportedIn.commitmentId, commitments.id))
    .where(eq(commitments.publication, 'published'))
    .groupBy(countries.id, countries.iso3, countries.iso2, countries.name)
    .orderBy(asc(countries.name));
  const late = today > round.deadline;
  return rows.map((row) => ({ ...row, state: row.reported >= row.expected ? 'reported' : late ? 'late' : 'pending' }));
}

export type ReminderRecipient = {
  userId: string;
  email: string;
  name: string;
  countryId: number;
  countryIso2: string;
  countryName: string;
  /** The person's language (users.locale) and the notice kinds they take no mail for. */
  locale: string;
  mutedNotices: string[];
};

/** The active focal points of the given states. */
export async function listFocalPoints(
  executor: Executor,
  { countryIds }: { countryIds: number[] },
): Promise<ReminderRecipient[]> {
  if (countryIds.length === 0) return [];
  const rows = await executor
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      countryId: users.countryId,
      countryIso2: countries.iso2,
      countryName: countries.name,
      locale: users.locale,
      mutedNotices: users.mutedNotices,
    })
    .from(users)
    .innerJoin(countries, eq(countries.id, users.countryId))
    .where(and(eq(users.role, 'focal_point'), eq(users.isActive, true), inArray(users.countryId, countryIds)))
    .orderBy(asc(countries.name), asc(users.email));
  return rows.map((row) => ({ ...row, countryId: row.countryId! }));
}

export type ReminderMessage = {
  toAddress: string;
  subject: string;
  bodyText: string;
  kind: string;
  dedupeKey: string;
  userId: string;
  countryId: number;
};

/**
 * Puts reminders in the mail outbox. The unique dedupe key makes this idempotent: a message whose key
 * is already there is skipped, however often the command runs and even when two runs overlap.
 * Returns the keys actually added.
 */
export async function enqueueReminders(executor: Executor, messages: ReminderMessage[]): Promise<string[]> {
  if (messages.length === 0) return [];
  const rows = await executor
    .insert(outboxMessages)
    .values(messages)
    .onConflictDoNothing({ target: outboxMessages.dedupeKey })
    .returning({ dedupeKey: outboxMessages.dedupeKey });
  return rows.map((row) => row.dedupeKey!).sort();
}

/** Keys already in the outbox, so a run can say what it skipped. */
export async function listExistingDedupeKeys(executor: Executor, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await executor
    .select({ key: outboxMessages.dedupeKey })
    .from(outboxMessages)
    .where(inArray(outboxMessages.dedupeKey, keys));
  return new Set(rows.map((row) => row.key!));
}

/** Whether any message in the outbox has a dedupe key that starts with `prefix`. */
export async function hasDedupeKeyPrefix(executor: Executor, prefix: string): Promise<boolean> {
  const pattern = `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
  const [row] = await executor
    .select({ key: outboxMessages.dedupeKey })
    .from(outboxMessages)
    .where(like(outboxMessages.dedupeKey, pattern))
    .limit(1);
  return row !== undefined;
}
