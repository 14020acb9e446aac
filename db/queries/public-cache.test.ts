import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { getAsOfInputs } from '@/db/queries/as-of';
import { getCachedRecordAsOf, PUBLIC_TAGS } from '@/db/queries/public-cache';
import { progressReports } from '@/db/schema';
import { createUser } from '@/db/seed/factories';
import { changesBetween, endOfDay, todayUtc, type RecordAsOf } from '@/lib/as-of';
import { addMembershipEvent, removeMembershipEvent } from '@/lib/membership/events';
import { verifyReport } from '@/lib/workflow/reports';
import { refreshPublicPages } from '@/lib/workflow/refresh';
import { cachedTags, clearCache } from '@/test/mocks/next-cache';
import { createOpenDataFixtures, type OpenDataFixtures } from '@/test/open-data-fixtures';
import { runAs, sessionUserOf } from '@/test/workflow-fixtures';

// A data cache that keeps entries by key and drops them by tag, as Next's does.
vi.mock('next/cache', () => import('@/test/mocks/next-cache'));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));
// Counted, to tell a record served from the cache from one read again from the database.
vi.mock('@/db/queries/as-of', async (original) => {
  const real = await original<typeof import('@/db/queries/as-of')>();
  return { ...real, getAsOfInputs: vi.fn(real.getAsOfInputs) };
});

/**
 * The record of a settled day is cached for good: a verification today, and the refresh that follows
 * it, leave it as it was and do not send it back to the database; today's record (and a day still in
 * its settling hour) is dropped by the same refresh and read afresh.
 */

const PAST = '2025-06-30';
let fixtures: OpenDataFixtures;

beforeAll(async () => {
  fixtures = await createOpenDataFixtures();
});
beforeEach(() => {
  clearCache();
  vi.mocked(getAsOfInputs).mockClear();
});

const reads = () => vi.mocked(getAsOfInputs).mock.calls.length;
const statusOf = (record: RecordAsOf | null, ref: string) =>
  record?.commitments.find((commitment) => commitment.ref === ref)?.status;

describe('the cached record of a day', () => {
  it('of a past day outlives a verification made today; today’s shows the verification at once', async () => {
    const ref = fixtures.published.ref;
    const past = await getCachedRecordAsOf('NOR', PAST);
    const today = await getCachedRecordAsOf('nor', todayUtc());
    expect([statusOf(past, ref), statusOf(today, ref)]).toEqual(['substantial', 'substantial']);
    expect(reads()).toBe(2);
    expect(cachedTags('record-settled')).toEqual([[PUBLIC_TAGS.pastDays, PUBLIC_TAGS.pastDaysOf('NOR')]]);

    // The report under review in the fixtures, verified through the workflow as the review screen does.
    const [pending] = await db()
      .select({ id: progressReports.id, version: progressReports.version })
      .from(progressReports)
      .where(and(eq(progressReports.commitmentId, fixtures.published.id), eq(progressReports.state, 'submitted')));
    const secretariat = sessionUserOf(await createUser(db(), { role: 'secretariat' }));
    const { refresh } = await runAs(
      secretariat,
      { id: pending!.id, version: pending!.version, assessedStatus: 'complete' as const, publicNote: 'Done.' },
      verifyReport,
    );
    expect(refresh).toEqual({ countries: ['NOR'] });
    refreshPublicPages(refresh);

    const pastAfter = await getCachedRecordAsOf('NOR', PAST);
    expect(reads()).toBe(2);
    expect(pastAfter).toEqual(past);
    const todayAfter = await getCachedRecordAsOf('NOR', todayUtc());
    expect(reads()).toBe(3);
    expect(statusOf(todayAfter, ref)).toBe('complete');
    // What the page for the past day lists as changed since, from the two.
    expect(changesBetween(pastAfter!, todayAfter!)).toEqual([
      expect.objectContaining({ ref, change: 'status', statusThen: 'substantial', statusNow: 'complete' }),
    ]);
  });

  it('of a past day is dropped by a change to that state’s membership, which may reach back to it', async () => {
    const before = await getCachedRecordAsOf('NOR', PAST);
    await getCachedRecordAsOf('SWE', PAST);
    expect(before?.standing).toBe('member');
    expect(reads()).toBe(2);

    // The secretariat learns that Norway was suspended in January 2025, and records it.
    const admin = sessionUserOf(await createUser(db(), { role: 'admin', totpEnabledAt: new Date() }));
    const { event, refresh } = await runAs(
      admin,
      {
        country: 'NOR',
        place: 'date' as const,
        type: 'suspended' as const,
        year: 2025,
        month: 1,
        day: undefined,
        decisionReference: null,
        decisionTitle: null,
        note: '',
        sourceUrl: null,
      },
      addMembershipEvent,
    );
    expect(refresh).toEqual({ countries: ['NOR'], pastDays: true });
    refreshPublicPages(refresh);

    expect((await getCachedRecordAsOf('NOR', PAST))?.standing).toBe('suspended');
    expect(reads()).toBe(3);
    // Sweden's record of that day was not touched, and is not read again.
    await getCachedRecordAsOf('SWE', PAST);
    expect(reads()).toBe(3);

    const removed = await runAs(
      admin,
      { id: event.id, version: event.version, reason: 'Recorded for a test.' },
      removeMembershipEvent,
    );
    refreshPublicPages(removed.refresh);
    expect((await getCachedRecordAsOf('NOR', PAST))?.standing).toBe('member');
  });

  it('of a day in its settling hour is cached under the state’s tag, and dropped with it', async () => {
    const yesterday = todayUtc(new Date(Date.now() - 24 * 60 * 60 * 1000));
    const tenPastMidnight = new Date(endOfDay(yesterday).getTime() + 10 * 60 * 1000);
    await getCachedRecordAsOf('NOR', yesterday, tenPastMidnight);
    expect(cachedTags('record-open')).toEqual([[PUBLIC_TAGS.country('NOR'), PUBLIC_TAGS.all]]);
    expect(cachedTags('record-settled')).toEqual([]);
    refreshPublicPages({ countries: ['SWE'] });
    await getCachedRecordAsOf('NOR', yesterday, tenPastMidnight);
    expect(reads()).toBe(1);
    refreshPublicPages({ countries: ['NOR'] });
    await getCachedRecordAsOf('NOR', yesterday, tenPastMidnight);
    expect(reads()).toBe(2);
  });
});
