import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import {
  commitmentStandards,
  commitments,
  countries,
  countryFigures,
  progressReports,
  reportingRounds,
} from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { createCommitment, createReport, createRound, createUser } from '@/db/seed/factories';
import { runAs, sessionUserOf } from '@/test/workflow-fixtures';
import { verifyReport } from '@/lib/workflow/reports';
import { checkPublicFigures } from './figure-check';
import { getScoreHistories, listStateFigures } from './figures';

/**
 * The public figures kept as data agree with a fresh computation from the reports after every kind of
 * write, whatever path it takes (a service, a plain UPDATE, a bulk insert), and the check sees a
 * figure that does not.
 */

async function countryId(iso3: string): Promise<number> {
  const [row] = await db().select({ id: countries.id }).from(countries).where(eq(countries.iso3, iso3));
  return row!.id;
}

describe('public figures kept as data', () => {
  beforeAll(async () => {
    await seedDatabase(db(), { demo: true });
  });

  it('agree with the reports after the demo seed, and give the demo scorecard its figures', async () => {
    expect(await checkPublicFigures()).toEqual([]);
    const canada = (await getScoreHistories()).get('CAN')!;
    expect(canada.map((round) => Math.round((round.score ?? 0) * 100))).toEqual([44, 83]);
    expect((await getScoreHistories({ countryId: await countryId('CAN') })).get('CAN')).toEqual(canada);
    expect((await listStateFigures()).length).toBeGreaterThan(5);
  });

  it('follow a verification through the service', async () => {
    const [submitted] = await db()
      .select({ id: progressReports.id, version: progressReports.version })
      .from(progressReports)
      .innerJoin(commitments, eq(commitments.id, progressReports.commitmentId))
      .where(and(eq(progressReports.state, 'submitted'), eq(commitments.publication, 'published')))
      .limit(1);
    expect(submitted).toBeDefined();
    const before = await listStateFigures();
    const reviewer = sessionUserOf(await createUser(db(), { role: 'secretariat' }));
    await runAs(
      reviewer,
      { id: submitted!.id, version: submitted!.version, assessedStatus: 'complete' as const, publicNote: '' },
      verifyReport,
    );
    expect(await checkPublicFigures()).toEqual([]);
    expect(await listStateFigures()).not.toEqual(before);
  });

  it('follow plain SQL on commitments, reports, standard links and rounds', async () => {
    const mexico = await countryId('MEX');
    const published = await createCommitment(db(), {
      countryId: mexico,
      publication: 'published',
      publishedAt: new Date('2020-01-10T12:00:00Z'),
      status: 'limited',
    });
    expect(await checkPublicFigures()).toEqual([]);

    const [round] = await db()
      .select({ id: reportingRounds.id })
      .from(reportingRounds)
      .where(eq(reportingRounds.status, 'closed'))
      .limit(1);
    await createReport(db(), {
      commitmentId: published.id,
      state: 'verified',
      roundId: round!.id,
      claimedStatus: 'substantial',
    });
    expect(await checkPublicFigures()).toEqual([]);

    await db()
      .update(progressReports)
      .set({ assessedStatus: 'complete' })
      .where(eq(progressReports.commitmentId, published.id));
    expect(await checkPublicFigures()).toEqual([]);

    const [link] = await db().select().from(commitmentStandards).limit(1);
    await db().delete(commitmentStandards).where(eq(commitmentStandards.commitmentId, link!.commitmentId));
    expect(await checkPublicFigures()).toEqual([]);

    await db()
      .update(commitments)
      .set({ publication: 'archived', archivedAt: new Date() })
      .where(eq(commitments.id, published.id));
    expect(await checkPublicFigures()).toEqual([]);

    const planned = await createRound(db(), { opensOn: '2030-01-01' });
    await db()
      .update(reportingRounds)
      .set({ status: 'closed' })
      .where(sql`${reportingRounds.status} = 'open'`);
    await db()
      .update(reportingRounds)
      .set({ status: 'open', openedAt: new Date() })
      .where(eq(reportingRounds.id, planned.id));
    expect(await checkPublicFigures()).toEqual([]);
    expect((await getScoreHistories()).get('CAN')).toHaveLength(3);

    await db().update(reportingRounds).set({ deadline: '2030-06-30' }).where(eq(reportingRounds.id, planned.id));
    expect(await checkPublicFigures()).toEqual([]);
  });

  it('finds a stored figure that does not match the reports, naming the state', async () => {
    const canada = await countryId('CAN');
    await db()
      .update(countryFigures)
      .set({ complete: sql`${countryFigures.complete} + 1` })
      .where(eq(countryFigures.countryId, canada));
    expect(await checkPublicFigures()).toEqual([
      expect.objectContaining({ iso3: 'CAN', what: 'commitments by status' }),
    ]);
    await db().execute(sql`select refresh_public_figures(array[${canada}]::integer[])`);
    expect(await checkPublicFigures()).toEqual([]);
  });
});
