import type { ImplementationStatus } from '@/db/schema';
import { scoreOf, trend, type ScoreSummary, type Trend } from '@/lib/scoring';

/**
 * A state's score at the end of each reporting round, and the trend between the last two rounds.
 * Pure, so that the arithmetic can be checked with worked examples (score-history.test.ts).
 *
 * The rule, as the methodology page states it: at the end of round N a published commitment counts
 * with the status the secretariat assessed in its most recent report verified in round N or before;
 * with no such report it counts as "no information". A commitment counts from the round in which it
 * was already published (published on or before the round's deadline).
 */

export type HistoryRound = { id: number; title: string; opensOn: string; deadline: string };
export type HistoryCommitment = { id: number; publishedOn: string | null };
export type HistoryReport = {
  commitmentId: number;
  roundId: number;
  assessedStatus: ImplementationStatus;
  reviewedAt: Date;
};

export type RoundScore = {
  roundId: number;
  title: string;
  opensOn: string;
  deadline: string;
  score: number | null;
  counted: number;
};

/** A round's line of a score history, from the summary of its commitments' statuses at its end. */
export function roundScore(round: HistoryRound, summary: Pick<ScoreSummary, 'score' | 'counted'>): RoundScore {
  return {
    roundId: round.id,
    title: round.title,
    opensOn: round.opensOn,
    deadline: round.deadline,
    score: summary.score,
    counted: summary.counted,
  };
}

export function scoresByRound({
  rounds,
  commitments,
  reports,
}: {
  rounds: readonly HistoryRound[];
  commitments: readonly HistoryCommitment[];
  reports: readonly HistoryReport[];
}): RoundScore[] {
  const ordered = [...rounds].sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.id - b.id);
  const position = new Map(ordered.map((round, index) => [round.id, index]));
  // Per commitment, the latest report of each round (by position), then carried forward: the latest
  // report up to round i is the latest of the rounds' latest ones up to i. One pass over the reports,
  // one over commitments × rounds, whatever their numbers.
  const latestInRound = new Map<number, (HistoryReport | undefined)[]>();
  for (const report of reports) {
    const at = position.get(report.roundId);
    if (at === undefined) continue;
    const perRound =
      latestInRound.get(report.commitmentId) ?? new Array<HistoryReport | undefined>(ordered.length).fill(undefined);
    const current = perRound[at];
    if (!current || report.reviewedAt > current.reviewedAt) perRound[at] = report;
    latestInRound.set(report.commitmentId, perRound);
  }
  const upTo = new Map<number, (HistoryReport | undefined)[]>();
  for (const [commitmentId, perRound] of latestInRound) {
    let latest: HistoryReport | undefined;
    upTo.set(
      commitmentId,
      perRound.map((report) => {
        if (report && (!latest || report.reviewedAt > latest.reviewedAt)) latest = report;
        return latest;
      }),
    );
  }
  return ordered.map((round, index) => {
    const statuses = commitments
      .filter((commitment) => commitment.publishedOn === null || commitment.publishedOn <= round.deadline)
      .map((commitment) => upTo.get(commitment.id)?.[index]?.assessedStatus ?? 'no_information');
    return roundScore(round, scoreOf(statuses));
  });
}

/** The trend from the round before the last to the last round ('new' with only one round to go by). */
export function latestTrend(history: readonly RoundScore[]): {
  trend: Trend;
  previous: number | null;
  latest: number | null;
} {
  const last = history.at(-1);
  const before = history.at(-2);
  if (!last) return { trend: 'same', previous: null, latest: null };
  const previous = before?.score ?? null;
  return { trend: trend(previous, last.score), previous, latest: last.score };
}

/**
 * Progress per standard from a list of commitments that each name their standards: every standard in
 * `standards` appears, with zero commitments when none names it.
 */
export function progressByStandard<S extends { code: string }>(
  standards: readonly S[],
  commitments: readonly { status: ImplementationStatus; standards: readonly { code: string }[] }[],
) {
  return standards.map((standard) => {
    const statuses = commitments
      .filter((commitment) => commitment.standards.some((link) => link.code === standard.code))
      .map((c) => c.status);
    const summary = scoreOf(statuses);
    return {
      code: standard.code,
      commitments: statuses.length,
      distribution: summary.distribution,
      score: summary.score,
    };
  });
}

/** Days after which a state's last verified update is shown as old ("not updated since …"). */
export const STALE_AFTER_DAYS = 365;

export function isStale(lastVerifiedAt: Date | null, now: Date = new Date()): boolean {
  if (lastVerifiedAt === null) return false;
  return now.getTime() - lastVerifiedAt.getTime() > STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
}
