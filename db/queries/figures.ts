import 'server-only';
import { asc, eq, inArray, sql, type AnyColumn } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import {
  countries,
  countryFigures,
  countryRoundFigures,
  countryStandardFigures,
  reportingRounds,
  standards,
} from '@/db/schema';
import { roundScore, type HistoryRound, type RoundScore } from '@/lib/score-history';
import { scoreOfDistribution, type StatusDistribution } from '@/lib/scoring';

/**
 * Reads of the public figures kept as data (db/schema.ts `countryFigures`…): a state's published
 * commitments by status, per state, per state and round, per state and standard. Triggers keep them
 * current in the same transaction as every change (migration 0012); these reads are a few hundred rows
 * whatever the number of reports. `checkPublicFigures` (db/queries/figure-check.ts) recomputes them
 * from the reports.
 */

const counts = (table: typeof countryFigures | typeof countryRoundFigures | typeof countryStandardFigures) => ({
  not_started: table.notStarted,
  limited: table.limited,
  substantial: table.substantial,
  complete: table.complete,
  withdrawn: table.withdrawn,
  no_information: table.noInformation,
});

export type StateFigures = {
  countryId: number;
  distribution: StatusDistribution;
  verifiedReports: number;
  lastVerifiedAt: Date | null;
};

/** Every state with a published commitment: its commitments by status and its verified reports. */
export async function listStateFigures({ executor = db() }: { executor?: Executor } = {}): Promise<StateFigures[]> {
  const rows = await executor
    .select({
      countryId: countryFigures.countryId,
      distribution: counts(countryFigures),
      verifiedReports: countryFigures.verifiedReports,
      lastVerifiedAt: countryFigures.lastVerifiedAt,
    })
    .from(countryFigures);
  return rows;
}

/** The sums over every state, in one row. */
export async function sumStateFigures({ executor = db() }: { executor?: Executor } = {}): Promise<
  Omit<StateFigures, 'countryId'>
> {
  const sum = (column: AnyColumn) => sql<number>`coalesce(sum(${column}), 0)::int`;
  const [row] = await executor
    .select({
      distribution: {
        not_started: sum(countryFigures.notStarted),
        limited: sum(countryFigures.limited),
        substantial: sum(countryFigures.substantial),
        complete: sum(countryFigures.complete),
        withdrawn: sum(countryFigures.withdrawn),
        no_information: sum(countryFigures.noInformation),
      },
      verifiedReports: sum(countryFigures.verifiedReports),
      lastVerifiedAt: sql<Date | null>`max(${countryFigures.lastVerifiedAt})`.mapWith(countryFigures.lastVerifiedAt),
    })
    .from(countryFigures);
  return row!;
}

export type StandardFigures = { code: string; countryId: number; distribution: StatusDistribution };

/** Per state and standard (by its code), the state's published commitments under it by status. */
export async function listStandardFigures({ executor = db() }: { executor?: Executor } = {}): Promise<
  StandardFigures[]
> {
  return executor
    .select({
      code: standards.code,
      countryId: countryStandardFigures.countryId,
      distribution: counts(countryStandardFigures),
    })
    .from(countryStandardFigures)
    .innerJoin(standards, eq(standards.id, countryStandardFigures.standardId));
}

/** The rounds a score history shows (every one that has opened), in their order. */
export function listHistoryRounds(executor: Executor): Promise<HistoryRound[]> {
  return executor
    .select({
      id: reportingRounds.id,
      title: reportingRounds.title,
      opensOn: reportingRounds.opensOn,
      deadline: reportingRounds.deadline,
    })
    .from(reportingRounds)
    .where(inArray(reportingRounds.status, ['open', 'closed']))
    .orderBy(asc(reportingRounds.opensOn), asc(reportingRounds.id));
}

/**
 * Each state's score at the end of every reporting round that has opened, keyed by ISO alpha-3 code;
 * a state with no published commitment is absent. Pass `countryId` for one state.
 */
export async function getScoreHistories({
  countryId,
  executor = db(),
}: { countryId?: number; executor?: Executor } = {}): Promise<Map<string, RoundScore[]>> {
  const ofState = countryId === undefined ? undefined : eq(countries.id, countryId);
  const [rounds, states, figures] = await Promise.all([
    listHistoryRounds(executor),
    executor
      .select({ id: countries.id, iso3: countries.iso3 })
      .from(countryFigures)
      .innerJoin(countries, eq(countries.id, countryFigures.countryId))
      .where(ofState),
    executor
      .select({
        countryId: countryRoundFigures.countryId,
        roundId: countryRoundFigures.roundId,
        distribution: counts(countryRoundFigures),
      })
      .from(countryRoundFigures)
      .where(countryId === undefined ? undefined : eq(countryRoundFigures.countryId, countryId)),
  ]);
  const byKey = new Map(figures.map((row) => [`${row.countryId}:${row.roundId}`, row.distribution]));
  const histories = new Map<string, RoundScore[]>();
  for (const state of states) {
    histories.set(
      state.iso3,
      rounds.map((round) => {
        const distribution = byKey.get(`${state.id}:${round.id}`);
        return roundScore(round, distribution ? scoreOfDistribution(distribution) : { score: null, counted: 0 });
      }),
    );
  }
  return histories;
}
