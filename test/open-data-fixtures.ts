import { db } from '@/db/client';
import { auditEvents, membershipEvents, type Commitment, type Country } from '@/db/schema';
import {
  createCommitment,
  createCountry,
  createFramework,
  createReport,
  createRound,
  createStandard,
} from '@/db/seed/factories';

/**
 * A small public data set with private rows beside it, for the open-data tests: two states, a round,
 * published, draft and archived commitments, verified and unverified reports. Private text carries
 * SECRET, so a leak shows up in any file or response.
 */

export const SECRET = 'NOT FOR PUBLICATION';
const at = (iso: string) => new Date(iso);

export type OpenDataFixtures = {
  nor: Country;
  swe: Country;
  published: Commitment;
  second: Commitment;
  draft: Commitment;
  archived: Commitment;
};

export async function createOpenDataFixtures(): Promise<OpenDataFixtures> {
  const framework = await createFramework(db(), { code: 'TF', texts: { en: { name: 'Test framework' } } });
  const first = await createStandard(db(), {
    frameworkId: framework.id,
    code: 'TF-1',
    texts: { en: { title: 'First standard' } },
  });
  const other = await createStandard(db(), {
    frameworkId: framework.id,
    code: 'TF-2',
    texts: { en: { title: 'Second standard' } },
  });
  const nor = await createCountry(db(), { iso3: 'NOR', iso2: 'NO', name: 'Norway' });
  const swe = await createCountry(db(), { iso3: 'SWE', iso2: 'SE', name: 'Sweden' });
  await db()
    .insert(membershipEvents)
    .values([
      {
        countryId: nor.id,
        type: 'joined',
        sequence: 1,
        occurredOn: '2015-01-01',
        datePrecision: 'year',
        note: 'Joined.',
      },
      { countryId: swe.id, type: 'joined', sequence: 1, occurredOn: null, datePrecision: 'unknown' },
    ]);
  const round = await createRound(db(), {
    title: 'Round 2023',
    opensOn: '2023-01-01',
    deadline: '2023-03-31',
    status: 'closed',
  });

  const published = await createCommitment(db(), {
    countryId: nor.id,
    madeOn: '2018-05-01',
    title: 'Open budget; with a semicolon',
    publication: 'published',
    status: 'substantial',
    publishedAt: at('2018-06-01T10:00:00Z'),
    standardIds: [first.id, other.id],
  });
  const second = await createCommitment(db(), {
    countryId: swe.id,
    madeOn: '2019-05-01',
    title: 'Access to information',
    // Written in Swedish: the API carries each commitment's language.
    language: 'sv',
    publication: 'published',
    status: 'not_started',
    publishedAt: at('2019-06-01T10:00:00Z'),
  });
  const draft = await createCommitment(db(), {
    countryId: nor.id,
    madeOn: '2018-05-01',
    title: `Draft ${SECRET}`,
    publication: 'draft',
  });
  const archived = await createCommitment(db(), {
    countryId: nor.id,
    madeOn: '2018-05-01',
    title: 'Archived commitment',
    publication: 'archived',
    status: 'limited',
    publishedAt: at('2018-06-01T10:00:00Z'),
  });
  // The audit log's record of the archiving, on 2024-02-01.
  await db()
    .insert(auditEvents)
    .values({
      action: 'commitment.archive',
      entityType: 'commitment',
      entityId: String(archived.id),
      countryId: nor.id,
      occurredAt: at('2024-02-01T09:00:00Z'),
      before: { publication: 'published', status: 'limited', title: 'Archived commitment' },
      after: { publication: 'archived', status: 'limited', title: 'Archived commitment' },
    });

  await createReport(db(), {
    commitmentId: published.id,
    roundId: round.id,
    state: 'verified',
    claimedStatus: 'limited',
    assessedStatus: 'limited',
    reportedOn: '2023-02-01',
    reviewedAt: at('2023-03-01T12:00:00Z'),
    publicNote: 'First assessment.',
  });
  await createReport(db(), {
    commitmentId: published.id,
    state: 'verified',
    claimedStatus: 'complete',
    assessedStatus: 'substantial',
    reportedOn: '2024-01-02',
    reviewedAt: at('2024-01-10T12:00:00Z'),
    publicNote: 'Second assessment.',
    evidence: [
      { label: 'Budget law; 2024', url: 'https://example.org/law' },
      { label: 'Portal', url: 'https://example.org/portal' },
    ],
  });
  await createReport(db(), {
    commitmentId: archived.id,
    state: 'verified',
    claimedStatus: 'limited',
    reportedOn: '2019-01-01',
    reviewedAt: at('2019-02-01T12:00:00Z'),
    publicNote: 'Archived later.',
  });
  await createReport(db(), {
    commitmentId: published.id,
    state: 'submitted',
    narrative: SECRET,
    reportedOn: '2025-01-01',
  });
  await createReport(db(), {
    commitmentId: draft.id,
    state: 'verified',
    claimedStatus: 'complete',
    reviewedAt: at('2025-06-01T00:00:00Z'),
    publicNote: SECRET,
  });
  return { nor, swe, published, second, draft, archived };
}
