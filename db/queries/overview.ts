import 'server-only';
import { db, type Executor } from '@/db/client';
import { membershipEvents } from '@/db/schema';
import { scoreOfDistribution, type StatusDistribution } from '@/lib/scoring';
import { deriveStandings } from '@/lib/standing';
import { sumStateFigures } from './figures';

/** Headline figures for the public overview. Published commitments and their verified reports only (kept as data, ./figures.ts). */

export type OverviewFigures = {
  /** States whose standing is member, suspended or former (states with no events are not counted). */
  members: number;
  suspended: number;
  former: number;
  publishedCommitments: number;
  distribution: StatusDistribution;
  score: number | null;
  verifiedReports: number;
  lastVerifiedAt: Date | null;
};

export async function getOverviewFigures({ executor = db() }: { executor?: Executor } = {}): Promise<OverviewFigures> {
  const [eventRows, sums] = await Promise.all([
    executor
      .select({
        countryId: membershipEvents.countryId,
        type: membershipEvents.type,
        sequence: membershipEvents.sequence,
      })
      .from(membershipEvents),
    sumStateFigures({ executor }),
  ]);

  const tally = { member: 0, suspended: 0, former: 0, none: 0 };
  for (const standing of deriveStandings(eventRows).values()) tally[standing] += 1;
  const summary = scoreOfDistribution(sums.distribution);

  return {
    members: tally.member,
    suspended: tally.suspended,
    former: tally.former,
    publishedCommitments: summary.counted + summary.excluded,
    distribution: summary.distribution,
    score: summary.score,
    verifiedReports: sums.verifiedReports,
    lastVerifiedAt: sums.lastVerifiedAt,
  };
}
