import 'server-only';
import { and, asc, count, desc, eq, inArray, isNotNull, max, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { commitmentStandards, commitments, countries, progressReports, standards } from '@/db/schema';
import { scoresByRound, type HistoryCommitment, type HistoryReport, type RoundScore } from '@/lib/score-history';
import { emptyDistribution, type StatusDistribution } from '@/lib/scoring';
import { getScoreHistories, listHistoryRounds, listStandardFigures, listStateFigures } from './figures';

/**
 * The check on the public figures kept as data (./figures.ts): recomputes every one of them from the
 * commitments and reports themselves, with the rules in TypeScript (lib/score-history.ts for the
 * rounds), and lists every state whose stored figures differ. The triggers that keep the figures
 * (migration 0012) are SQL; this is the independent second computation they are held to. Run by
 * `npm run figures:check` and by the tests after each kind of write. Not imported by any page.
 */

export type FigureDrift = { iso3: string; what: string; stored: unknown; recomputed: unknown };

/** Every difference between the stored figures and a fresh computation; empty when they agree. */
export async function checkPublicFigures({ executor = db() }: { executor?: Executor } = {}): Promise<FigureDrift[]> {
  const countryRows = await executor
    .select({ id: countries.id, iso3: countries.iso3 })
    .from(countries)
    .orderBy(countries.id);
  const iso3Of = new Map(countryRows.map((row) => [row.id, row.iso3]));
  const drift: FigureDrift[] = [];
  const compare = (iso3: string, what: string, stored: unknown, recomputed: unknown) => {
    if (JSON.stringify(stored) !== JSON.stringify(recomputed)) drift.push({ iso3, what, stored, recomputed });
  };

  const [stored, storedStandards, storedHistories] = await Promise.all([
    listStateFigures({ executor }),
    listStandardFigures({ executor }),
    getScoreHistories({ executor }),
  ]);
  const [fresh, freshStandards] = await Promise.all([
    recomputeStateFigures(executor),
    recomputeStandardFigures(executor),
  ]);
  const storedOf = new Map(stored.map((row) => [row.countryId, row]));
  for (const [countryId, iso3] of iso3Of) {
    const a = storedOf.get(countryId);
    const b = fresh.get(countryId);
    compare(iso3, 'commitments by status', a?.distribution ?? null, b?.distribution ?? null);
    compare(iso3, 'verified reports', a?.verifiedReports ?? 0, b?.verifiedReports ?? 0);
    compare(iso3, 'last verified', a?.lastVerifiedAt?.toISOString() ?? null, b?.lastVerifiedAt?.toISOString() ?? null);
  }
  const key = (countryId: number, code: string) => `${iso3Of.get(countryId)} ${code}`;
  const storedCells = new Map(storedStandards.map((row) => [key(row.countryId, row.code), row.distribution]));
  for (const k of new Set([...storedCells.keys(), ...freshStandards.keys()]))
    compare(k.split(' ')[0]!, `standard ${k.split(' ')[1]}`, storedCells.get(k) ?? null, freshStandards.get(k) ?? null);

  // A few states at a time: at scale (200 states, a million reports) all reports at once held over
  // half a gigabyte of rows in memory.
  const ids = countryRows.map((row) => row.id);
  for (let start = 0; start < ids.length; start += HISTORY_BATCH) {
    const histories = await historiesOf(ids.slice(start, start + HISTORY_BATCH), executor);
    for (const id of ids.slice(start, start + HISTORY_BATCH)) {
      const iso3 = iso3Of.get(id)!;
      compare(iso3, 'score history', storedHistories.get(iso3) ?? null, histories.get(iso3) ?? null);
    }
  }
  return drift;
}

const HISTORY_BATCH = 20;

async function recomputeStateFigures(executor: Executor) {
  const isPublished = eq(commitments.publication, 'published');
  const [statusRows, verifiedRows] = await Promise.all([
    executor
      .select({ countryId: commitments.countryId, status: commitments.status, count: count() })
      .from(commitments)
      .where(isPublished)
      .groupBy(commitments.countryId, commitments.status),
    executor
      .select({ countryId: progressReports.countryId, count: count(), lastVerifiedAt: max(progressReports.reviewedAt) })
      .from(progressReports)
      .innerJoin(commitments, eq(commitments.id, progressReports.commitmentId))
      .where(and(eq(progressReports.state, 'verified'), isPublished))
      .groupBy(progressReports.countryId),
  ]);
  const figures = new Map<
    number,
    { distribution: StatusDistribution; verifiedReports: number; lastVerifiedAt: Date | null }
  >();
  for (const row of statusRows) {
    const entry = figures.get(row.countryId) ?? {
      distribution: emptyDistribution(),
      verifiedReports: 0,
      lastVerifiedAt: null,
    };
    entry.distribution[row.status] += row.count;
    figures.set(row.countryId, entry);
  }
  for (const row of verifiedRows) {
    const entry = figures.get(row.countryId);
    if (!entry) continue;
    entry.verifiedReports = row.count;
    entry.lastVerifiedAt = row.lastVerifiedAt;
  }
  return figures;
}

async function recomputeStandardFigures(executor: Executor) {
  const rows = await executor
    .select({ code: standards.code, iso3: countries.iso3, status: commitments.status, n: count() })
    .from(commitmentStandards)
    .innerJoin(commitments, eq(commitments.id, commitmentStandards.commitmentId))
    .innerJoin(standards, eq(standards.id, commitmentStandards.standardId))
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(eq(commitments.publication, 'published'))
    .groupBy(standards.code, countries.iso3, commitments.status);
  const cells = new Map<string, StatusDistribution>();
  for (const row of rows) {
    const k = `${row.iso3} ${row.code}`;
    const distribution = cells.get(k) ?? emptyDistribution();
    distribution[row.status] += row.n;
    cells.set(k, distribution);
  }
  return cells;
}

async function historiesOf(countryIds: number[], executor: Executor): Promise<Map<string, RoundScore[]>> {
  const ofCountry = inArray(commitments.countryId, countryIds);
  const [rounds, commitmentRows, reportRows] = await Promise.all([
    listHistoryRounds(executor),
    executor
      .select({
        id: commitments.id,
        iso3: countries.iso3,
        publishedOn: sql<string | null>`(${commitments.publishedAt} at time zone 'UTC')::date::text`,
      })
      .from(commitments)
      .innerJoin(countries, eq(countries.id, commitments.countryId))
      .where(and(eq(commitments.publication, 'published'), ofCountry)),
    // Only the latest verified report of each commitment in each round can count (lib/score-history.ts).
    executor
      .selectDistinctOn([progressReports.commitmentId, progressReports.roundId], {
        commitmentId: progressReports.commitmentId,
        roundId: progressReports.roundId,
        assessedStatus: progressReports.assessedStatus,
        reviewedAt: progressReports.reviewedAt,
      })
      .from(progressReports)
      .innerJoin(commitments, eq(commitments.id, progressReports.commitmentId))
      .where(
        and(
          eq(progressReports.state, 'verified'),
          eq(commitments.publication, 'published'),
          isNotNull(progressReports.roundId),
          ofCountry,
        ),
      )
      .orderBy(
        asc(progressReports.commitmentId),
        asc(progressReports.roundId),
        desc(progressReports.reviewedAt),
        desc(progressReports.id),
      ),
  ]);

  const reports: HistoryReport[] = [];
  for (const row of reportRows) {
    // Verified reports always carry an assessed status and review time (CHECK constraint); this narrows the types.
    if (row.roundId === null || row.assessedStatus === null || row.reviewedAt === null) continue;
    reports.push({
      commitmentId: row.commitmentId,
      roundId: row.roundId,
      assessedStatus: row.assessedStatus,
      reviewedAt: row.reviewedAt,
    });
  }
  const byCountry = new Map<string, HistoryCommitment[]>();
  const countryOf = new Map<number, string>();
  for (const row of commitmentRows) {
    const list = byCountry.get(row.iso3) ?? [];
    list.push({ id: row.id, publishedOn: row.publishedOn });
    byCountry.set(row.iso3, list);
    countryOf.set(row.id, row.iso3);
  }
  const reportsByCountry = new Map<string, HistoryReport[]>();
  for (const report of reports) {
    const iso3 = countryOf.get(report.commitmentId);
    if (iso3 === undefined) continue;
    const list = reportsByCountry.get(iso3) ?? [];
    list.push(report);
    reportsByCountry.set(iso3, list);
  }

  const histories = new Map<string, RoundScore[]>();
  for (const [iso3, list] of byCountry)
    histories.set(iso3, scoresByRound({ rounds, commitments: list, reports: reportsByCountry.get(iso3) ?? [] }));
  return histories;
}
