import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createUser } from '@/db/seed/factories';
import { recordAsOf, todayUtc, type RecordAsOf } from '@/lib/as-of';
import { createOpenDataFixtures, type OpenDataFixtures } from '@/test/open-data-fixtures';
import { getAsOfInputs } from '@/db/queries/as-of';
import { getCountryProfile, type CountryProfile } from '@/db/queries/countries';
import { runInContext } from '@/lib/actions/context';
import { changeCommitmentPublication } from '@/lib/workflow/commitments';
import { sessionUserOf } from '@/test/workflow-fixtures';

/** The record of a day from the database's dated records; today's must equal the live scorecard. */

let fixtures: OpenDataFixtures;
beforeAll(async () => {
  fixtures = await createOpenDataFixtures();
});

function asLive(record: RecordAsOf) {
  return {
    standing: record.standing,
    score: record.score,
    distribution: record.distribution,
    lastVerifiedAt: record.lastVerifiedAt,
    commitments: record.commitments.map((c) => ({
      ref: c.ref,
      title: c.title,
      status: c.status,
      verifiedAt: c.latestVerified?.reviewedAt ?? null,
      claimed: c.latestVerified?.claimedStatus ?? null,
    })),
  };
}

function live(profile: CountryProfile) {
  return {
    standing: profile.standing,
    score: profile.score,
    distribution: profile.distribution,
    lastVerifiedAt: profile.lastVerifiedAt,
    commitments: profile.commitments.map((c) => ({
      ref: c.ref,
      title: c.title,
      status: c.status,
      verifiedAt: c.latestVerified?.reviewedAt ?? null,
      claimed: c.latestVerified?.claimedStatus ?? null,
    })),
  };
}

describe('the record as of today', () => {
  it('equals the live scorecard of every state, before and after a commitment is archived through the workflow', async () => {
    for (const country of [fixtures.nor, fixtures.swe]) {
      const record = recordAsOf(await getAsOfInputs({ countryId: country.id }), todayUtc());
      expect(asLive(record)).toEqual(live((await getCountryProfile({ iso3: country.iso3 }))!));
    }
    const actor = await createUser(db(), { role: 'secretariat' });
    const archived = await runInContext(
      {
        user: sessionUserOf(actor),
        input: { id: fixtures.second.id, version: fixtures.second.version, action: 'archive' as const },
      },
      changeCommitmentPublication,
    );
    expect(archived.commitment.publication).toBe('archived');
    const inputs = await getAsOfInputs({ countryId: fixtures.swe.id });
    expect(asLive(recordAsOf(inputs, todayUtc()))).toEqual(live((await getCountryProfile({ iso3: 'SWE' }))!));
    expect(recordAsOf(inputs, todayUtc()).commitments).toEqual([]);
    // Yesterday it was still public, as the audit log's archive event shows.
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    expect(recordAsOf(inputs, yesterday).commitments.map((c) => c.ref)).toEqual([fixtures.second.ref]);
  });

  it('a date before the first verification shows the earlier status, and before any record nothing', async () => {
    const inputs = await getAsOfInputs({ countryId: fixtures.nor.id });
    const record = recordAsOf(inputs, '2023-12-31');
    expect(record.commitments.find((c) => c.ref === fixtures.published.ref)).toMatchObject({
      status: 'limited',
      latestVerified: { publicNote: 'First assessment.' },
    });
    expect(recordAsOf(inputs, '2014-12-31')).toMatchObject({ standing: 'none', commitments: [], score: null });
  });
});
