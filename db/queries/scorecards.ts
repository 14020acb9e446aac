import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { commitments, countries, progressReports, reportingRounds } from '@/db/schema';
import { scoresByRound, type HistoryCommitment, type HistoryReport, type RoundScore } from '@/lib/score-history';

/**
 * Each state's score at the end of every reporting round that has opened, from verified reports of
 * published commitments only (the rule is in lib/score-history.ts). Keyed by ISO alpha-3 code; a state
 * with no published commitment is absent. Pass `countryId` for one state.
 */
export async function getScoreHistories({
  countryId,
  executor = db(),
}: { countryId?: number; executor?: Executor } = {}): Promise<Map<string, RoundScore[]>> {
  if (countryId !== undefined) return historiesOf([countryId], executor);
  // A few states at a time: at scale (200 states, a million reports) all reports at once held over
  // half a gigabyte of rows in memory while the page rendered.
  const ids = (await executor.select({ id: countries.id }).from(countries).orderBy(countries.id)).map((row) => row.id);
  const histories = new Map<string, RoundScore[]>();
  for (let start = 0; start < ids.length; start += HISTORY_BATCH) {
    for (const [iso3, history] of await historiesOf(ids.slice(start, start + HISTORY_BATCH), executor))
      histories.set(iso3, history);
  }
  return histories;
}

const HISTORY_BATCH = 20;

async function historiesOf(countryIds: number[], executor: Executor): Promise<Map<string, RoundScore[]>> {
  const ofCountry = inArray(commitments.countryId, countryIds);
  const [rounds, commitmentRows, reportRows] = await Promise.all([
    executor
      .select({
        id: reportingRounds.id,
        title: reportingRounds.title,
        opensOn: reportingRounds.opensOn,
        deadline: reportingRounds.deadline,
      })
      .from(reportingRounds)
      .where(inArray(reportingRounds.status, ['open', 'closed'])),
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
