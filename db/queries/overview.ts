import 'server-only';
import { and, count, eq, max } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { commitments, membershipEvents, progressReports } from '@/db/schema';
import { emptyDistribution, scoreOfDistribution, type StatusDistribution } from '@/lib/scoring';
import { deriveStandings } from '@/lib/standing';

/** Headline figures for the public overview. Published commitments and their verified reports only. */

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
  const [eventRows, statusRows, [verified]] = await Promise.all([
    executor
      .select({
        countryId: membershipEvents.countryId,
        type: membershipEvents.type,
        sequence: membershipEvents.sequence,
      })
      .from(membershipEvents),
    executor
      .select({ status: commitments.status, count: count() })
      .from(commitments)
      .where(eq(commitments.publication, 'published'))
      .groupBy(commitments.status),
    executor
      .select({ count: count(), lastVerifiedAt: max(progressReports.reviewedAt) })
      .from(progressReports)
      .innerJoin(commitments, eq(commitments.id, progressReports.commitmentId))
      .where(and(eq(progressReports.state, 'verified'), eq(commitments.publication, 'published'))),
  ]);

  const tally = { member: 0, suspended: 0, former: 0, none: 0 };
  for (const standing of deriveStandings(eventRows).values()) tally[standing] += 1;

  const distribution = emptyDistribution();
  for (const row of statusRows) distribution[row.status] += row.count;
  const summary = scoreOfDistribution(distribution);

  return {
    members: tally.member,
    suspended: tally.suspended,
    former: tally.former,
    publishedCommitments: summary.counted + summary.excluded,
    distribution: summary.distribution,
    score: summary.score,
    verifiedReports: verified?.count ?? 0,
    lastVerifiedAt: verified?.lastVerifiedAt ?? null,
  };
}
