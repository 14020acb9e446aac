import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { membershipEvents, type Commitment, type Country } from '@/db/schema';
import { createCommitment, createCountry, createFramework, createReport, createStandard } from '@/db/seed/factories';
import { getCountryProfile, listCountries } from './countries';
import { getOverviewFigures } from './overview';

/**
 * One set of fixtures for both public read modules: every kind of row that must stay private (draft
 * and archived commitments, and draft, submitted and returned reports) sits beside the public ones,
 * and is dated later, so a leak would show in the figures as well as in the rows.
 */

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const SECRET = 'NOT FOR PUBLICATION';

let bravo: Country; // suspended; two published commitments and every kind of private row
let alpha: Country; // former; one published commitment
let charlie: Country; // no events, no commitments
let delta: Country; // member; no commitments
let published: Commitment;
let withdrawn: Commitment;
let draft: Commitment;
let archived: Commitment;
let alphaCommitment: Commitment;
let standardIds: { first: number; second: number };

beforeAll(async () => {
  const framework = await createFramework(db(), { code: 'TF', texts: { en: { name: 'Test framework' } } });
  const first = await createStandard(db(), { frameworkId: framework.id, code: 'TF-1' });
  const second = await createStandard(db(), { frameworkId: framework.id, code: 'TF-2' });
  standardIds = { first: first.id, second: second.id };

  bravo = await createCountry(db(), { name: 'Bravo' });
  alpha = await createCountry(db(), { name: 'Alpha', regionCode: '002' });
  charlie = await createCountry(db(), { name: 'Charlie' });
  delta = await createCountry(db(), { name: 'Delta' });
  // Inserted out of order: sequence, not insertion or date, orders a history.
  await db()
    .insert(membershipEvents)
    .values([
      {
        countryId: bravo.id,
        type: 'suspended',
        sequence: 2,
        occurredOn: '2021-06-01',
        datePrecision: 'month',
        decisionReference: 'GC/2021/2',
        decisionTitle: 'Suspension of Bravo',
        note: 'Suspended.',
      },
      {
        countryId: bravo.id,
        type: 'joined',
        sequence: 1,
        occurredOn: null,
        datePrecision: 'unknown',
        note: 'Date not known.',
        sourceUrl: 'https://example.org/joined',
      },
      { countryId: alpha.id, type: 'left', sequence: 2, occurredOn: null, datePrecision: 'unknown', note: 'Left.' },
      {
        countryId: alpha.id,
        type: 'joined',
        sequence: 1,
        occurredOn: '2019-01-01',
        datePrecision: 'year',
        note: 'Joined.',
      },
      {
        countryId: delta.id,
        type: 'joined',
        sequence: 1,
        occurredOn: '2023-07-01',
        datePrecision: 'month',
        note: 'Joined.',
      },
    ]);

  published = await createCommitment(db(), {
    countryId: bravo.id,
    madeOn: '2018-05-01',
    title: 'Published commitment',
    publication: 'published',
    status: 'substantial',
    targetDate: '2026-12-31',
    standardIds: [standardIds.second, standardIds.first],
  });
  withdrawn = await createCommitment(db(), {
    countryId: bravo.id,
    madeOn: '2018-05-01',
    title: 'Withdrawn commitment',
    language: 'es',
    publication: 'published',
    status: 'withdrawn',
  });
  draft = await createCommitment(db(), {
    countryId: bravo.id,
    madeOn: '2018-05-01',
    title: `Draft ${SECRET}`,
    publication: 'draft',
    status: 'complete',
    standardIds: [standardIds.first],
  });
  archived = await createCommitment(db(), {
    countryId: bravo.id,
    madeOn: '2017-05-01',
    title: `Archived ${SECRET}`,
    publication: 'archived',
    status: 'limited',
  });
  alphaCommitment = await createCommitment(db(), {
    countryId: alpha.id,
    title: 'Alpha commitment',
    publication: 'published',
    status: 'not_started',
  });

  // Public: two verified reports on the published commitment; the later one is the latest assessment.
  await createReport(db(), {
    commitmentId: published.id,
    state: 'verified',
    claimedStatus: 'limited',
    assessedStatus: 'limited',
    reportedOn: '2023-04-20',
    reviewedAt: at('2023-05-01'),
    publicNote: 'First assessment.',
  });
  await createReport(db(), {
    commitmentId: published.id,
    state: 'verified',
    claimedStatus: 'complete',
    assessedStatus: 'substantial',
    reportedOn: '2024-01-02',
    reviewedAt: at('2024-01-10'),
    publicNote: 'Second assessment.',
  });
  await createReport(db(), {
    commitmentId: alphaCommitment.id,
    state: 'verified',
    claimedStatus: 'not_started',
    reportedOn: '2022-03-01',
    reviewedAt: at('2022-03-03'),
  });
  // Private, and all later than anything public.
  await createReport(db(), {
    commitmentId: published.id,
    state: 'submitted',
    claimedStatus: 'complete',
    narrative: SECRET,
    reportedOn: '2025-02-01',
  });
  await createReport(db(), {
    commitmentId: published.id,
    state: 'returned',
    claimedStatus: 'complete',
    narrative: SECRET,
    reviewedAt: at('2025-03-01'),
    returnReason: SECRET,
  });
  await createReport(db(), {
    commitmentId: published.id,
    state: 'draft',
    claimedStatus: 'complete',
    narrative: SECRET,
  });
  await createReport(db(), {
    commitmentId: draft.id,
    state: 'verified',
    claimedStatus: 'complete',
    reviewedAt: at('2025-06-01'),
    publicNote: SECRET,
  });
  await createReport(db(), {
    commitmentId: archived.id,
    state: 'verified',
    claimedStatus: 'limited',
    reviewedAt: at('2025-07-01'),
    publicNote: SECRET,
  });
});

describe('listCountries', () => {
  it('lists every state by name with its standing and published figures only', async () => {
    const rows = await listCountries();
    expect(rows.map((row) => row.name)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    const [a, b, c, d] = rows;

    expect(b).toEqual({
      iso3: bravo.iso3,
      iso2: bravo.iso2,
      name: 'Bravo',
      region: 'Europe',
      regionCode: '150',
      standing: 'suspended',
      publishedCommitments: 2,
      distribution: { not_started: 0, limited: 0, substantial: 1, complete: 0, withdrawn: 1, no_information: 0 },
      score: 2 / 3,
      lastVerifiedAt: at('2024-01-10'),
    });
    expect(a).toMatchObject({
      standing: 'former',
      region: 'Africa',
      regionCode: '002',
      publishedCommitments: 1,
      score: 0,
      lastVerifiedAt: at('2022-03-03'),
    });
    expect(a!.distribution.not_started).toBe(1);
    expect(c).toMatchObject({ standing: 'none', publishedCommitments: 0, score: null, lastVerifiedAt: null });
    expect(d).toMatchObject({ standing: 'member', publishedCommitments: 0, score: null, lastVerifiedAt: null });
  });
});

describe('getCountryProfile', () => {
  it('finds a state by its code in any letter case, and nothing for an unknown or malformed code', async () => {
    expect((await getCountryProfile({ iso3: bravo.iso3.toLowerCase() }))?.country).toEqual({
      id: bravo.id,
      iso3: bravo.iso3,
      iso2: bravo.iso2,
      name: 'Bravo',
      region: 'Europe',
      regionCode: '150',
    });
    expect(await getCountryProfile({ iso3: 'QQQ' })).toBeNull();
    expect(await getCountryProfile({ iso3: 'no' })).toBeNull();
    expect(await getCountryProfile({ iso3: "X'; drop table countries; --" })).toBeNull();
  });

  it('gives the history in sequence order and the standing it implies', async () => {
    const profile = await getCountryProfile({ iso3: bravo.iso3 });
    expect(profile?.standing).toBe('suspended');
    expect(profile?.events).toEqual([
      {
        type: 'joined',
        occurredOn: null,
        datePrecision: 'unknown',
        decisionReference: null,
        decisionTitle: null,
        note: 'Date not known.',
        sourceUrl: 'https://example.org/joined',
      },
      {
        type: 'suspended',
        occurredOn: '2021-06-01',
        datePrecision: 'month',
        decisionReference: 'GC/2021/2',
        decisionTitle: 'Suspension of Bravo',
        note: 'Suspended.',
        sourceUrl: null,
      },
    ]);
    expect((await getCountryProfile({ iso3: alpha.iso3 }))?.standing).toBe('former');
    expect(await getCountryProfile({ iso3: charlie.iso3 })).toMatchObject({
      standing: 'none',
      events: [],
      commitments: [],
      score: null,
    });
  });

  it('returns published commitments only, by ref, with their standards and latest verified assessment', async () => {
    const profile = await getCountryProfile({ iso3: bravo.iso3 });
    expect(profile?.commitments).toEqual([
      {
        ref: published.ref,
        title: 'Published commitment',
        language: 'en',
        status: 'substantial',
        targetDate: '2026-12-31',
        standards: [{ code: 'TF-1' }, { code: 'TF-2' }],
        latestVerified: {
          claimedStatus: 'complete',
          assessedStatus: 'substantial',
          publicNote: 'Second assessment.',
          reportedOn: '2024-01-02',
          reviewedAt: at('2024-01-10'),
        },
      },
      {
        ref: withdrawn.ref,
        title: 'Withdrawn commitment',
        language: 'es',
        status: 'withdrawn',
        targetDate: null,
        standards: [],
        latestVerified: null,
      },
    ]);
    expect([published.ref, withdrawn.ref]).toEqual([`${bravo.iso3}-2018-01`, `${bravo.iso3}-2018-02`]);
    expect(profile?.score).toBeCloseTo(2 / 3, 10);
    expect(profile?.distribution).toEqual({
      not_started: 0,
      limited: 0,
      substantial: 1,
      complete: 0,
      withdrawn: 1,
      no_information: 0,
    });
    expect(profile?.lastVerifiedAt).toEqual(at('2024-01-10'));
  });

  it('lets nothing from drafts, archived commitments or unverified reports through', async () => {
    const text = JSON.stringify(await getCountryProfile({ iso3: bravo.iso3 }));
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(draft.ref);
    expect(text).not.toContain(archived.ref);
    expect(text).not.toContain('2025-');
  });
});

describe('getOverviewFigures', () => {
  it('counts standings, published commitments and verified reports on them only', async () => {
    expect(await getOverviewFigures()).toEqual({
      members: 1,
      suspended: 1,
      former: 1,
      publishedCommitments: 3,
      distribution: { not_started: 1, limited: 0, substantial: 1, complete: 0, withdrawn: 1, no_information: 0 },
      // (2/3 + 0) / 2; the withdrawn commitment is left out.
      score: 1 / 3,
      verifiedReports: 3,
      lastVerifiedAt: at('2024-01-10'),
    });
  });

  it('agrees with the country list', async () => {
    const [overview, rows] = await Promise.all([getOverviewFigures(), listCountries()]);
    expect(rows.reduce((sum, row) => sum + row.publishedCommitments, 0)).toBe(overview.publishedCommitments);
    expect(rows.filter((row) => row.standing === 'member')).toHaveLength(overview.members);
  });
});
