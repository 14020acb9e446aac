import { readFileSync } from 'node:fs';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { getOverviewFigures } from '@/db/queries/overview';
import { DEMO_DATA_KEY, isDemoDataLoaded } from '@/db/queries/settings';
import {
  commitmentStandards,
  commitments,
  countries,
  frameworkTexts,
  frameworks,
  membershipEvents,
  progressReports,
  reportingRounds,
  standardTexts,
  standards,
  users,
} from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password-hash';
import { locales } from '@/lib/i18n/routing';
import { deriveStanding } from '@/lib/standing';
import { regionName } from '@/db/queries/countries';
import { DEMO_ACCOUNTS, DEMO_SETTING_KEY } from './demo';
import { addDays, isoDate } from './factories';
import { seedDatabase } from './index';

/** Every row of every table, in the app's schema and drizzle's own, as text: the whole database state. */
async function dumpDatabase(): Promise<Record<string, string[]>> {
  const tables = await db().execute<{ name: string }>(sql`
    select quote_ident(table_schema) || '.' || quote_ident(table_name) as name from information_schema.tables
    where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`);
  const dump: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await db().execute<{ row: string }>(
      sql.raw(`select to_jsonb(t)::text as row from ${name} t order by 1`),
    );
    dump[name] = rows.map((r) => r.row);
  }
  return dump;
}

const CURRENT_MEMBERS = [
  'Argentina',
  'Canada',
  'Chile',
  'Costa Rica',
  'El Salvador',
  'Estonia',
  'Finland',
  'Georgia',
  'Guatemala',
  'Hungary',
  'India',
  'Italy',
  'Japan',
  'Lithuania',
  'Mexico',
  'Moldova',
  'Mongolia',
  'Morocco',
  'Nigeria',
  'Norway',
  'North Macedonia',
  'Panama',
  'Poland',
  'Portugal',
  'Republic of Korea',
  'Romania',
  'Sweden',
  'United Kingdom',
  'United States of America',
  'Uruguay',
];

async function historyOf(iso3: string) {
  return db()
    .select({
      type: membershipEvents.type,
      sequence: membershipEvents.sequence,
      occurredOn: membershipEvents.occurredOn,
      datePrecision: membershipEvents.datePrecision,
      note: membershipEvents.note,
    })
    .from(membershipEvents)
    .innerJoin(countries, eq(countries.id, membershipEvents.countryId))
    .where(eq(countries.iso3, iso3))
    .orderBy(asc(membershipEvents.sequence));
}

// The tests below run in order on one database: reference data first, then the demo set on top.
describe('seedDatabase', () => {
  it('loads the reference data, and a second run leaves every row exactly as it was', async () => {
    const first = await seedDatabase(db(), { demo: false });
    expect(first.demoAccounts).toEqual([]);
    const before = await dumpDatabase();
    expect(before['public.countries']).toHaveLength(34);
    expect(before['public.membership_events']).toHaveLength(30 + 2 * 3 + 4);
    expect(before['public.frameworks']).toHaveLength(1);
    expect(before['public.standards']).toHaveLength(5);

    await seedDatabase(db(), { demo: false });
    expect(await dumpDatabase()).toEqual(before);
  });

  it('seeds the 30 current members as members, Mali as suspended and the other former members as former', async () => {
    const rows = await db().select({ id: countries.id, iso3: countries.iso3, name: countries.name }).from(countries);
    const events = await db()
      .select({
        countryId: membershipEvents.countryId,
        type: membershipEvents.type,
        sequence: membershipEvents.sequence,
      })
      .from(membershipEvents);
    const standingOf = (id: number) => deriveStanding(events.filter((event) => event.countryId === id));
    const byStanding = (standing: string) =>
      rows
        .filter((row) => standingOf(row.id) === standing)
        .map((row) => row.name)
        .sort();

    expect(byStanding('member')).toEqual([...CURRENT_MEMBERS].sort());
    expect(byStanding('suspended')).toEqual(['Mali']);
    expect(byStanding('former')).toEqual(['Cabo Verde', 'Philippines', 'South Africa']);
    expect(byStanding('none')).toEqual([]);

    expect(await getOverviewFigures()).toMatchObject({
      members: 30,
      suspended: 1,
      former: 3,
      publishedCommitments: 0,
      score: null,
    });
  });

  it('records what is known of each history and invents no date', async () => {
    expect(await historyOf('MLI')).toEqual([
      { type: 'joined', sequence: 1, occurredOn: null, datePrecision: 'unknown', note: '' },
      { type: 'suspended', sequence: 2, occurredOn: '2012-01-01', datePrecision: 'year', note: '' },
      { type: 'reinstated', sequence: 3, occurredOn: '2014-09-25', datePrecision: 'day', note: '' },
      { type: 'suspended', sequence: 4, occurredOn: '2021-06-01', datePrecision: 'month', note: '' },
    ]);
    expect(await historyOf('GEO')).toMatchObject([{ type: 'joined', occurredOn: '2019-01-01', datePrecision: 'year' }]);
    expect(await historyOf('MKD')).toMatchObject([{ type: 'joined', occurredOn: '2019-01-01', datePrecision: 'year' }]);
    expect(await historyOf('MDA')).toMatchObject([
      { type: 'joined', occurredOn: '2023-07-01', datePrecision: 'month' },
    ]);
    expect(await historyOf('PHL')).toMatchObject([
      { type: 'joined', occurredOn: null, datePrecision: 'unknown' },
      {
        type: 'left',
        occurredOn: null,
        datePrecision: 'unknown',
        note: 'A member of the Governing Council in 2018 and not a member now.',
      },
    ]);
    expect(await historyOf('NOR')).toEqual([
      { type: 'joined', sequence: 1, occurredOn: null, datePrecision: 'unknown', note: '' },
    ]);
    // Notes are public: none speaks of how the data was loaded.
    const notes = await db().select({ note: membershipEvents.note }).from(membershipEvents);
    expect(notes.filter(({ note }) => /seed|recorded/i.test(note))).toEqual([]);
  });

  it('uses the ISO 3166 codes and the Civil Society Standards as adopted in March 2016', async () => {
    const codes = await db()
      .select({ iso3: countries.iso3, iso2: countries.iso2, region: regionName })
      .from(countries)
      .orderBy(asc(countries.iso3));
    expect(
      codes.filter((row) => ['GBR', 'KOR', 'MDA', 'MKD', 'PRT', 'ROU', 'SLV', 'CPV', 'ZAF', 'USA'].includes(row.iso3)),
    ).toEqual([
      { iso3: 'CPV', iso2: 'CV', region: 'Africa' },
      { iso3: 'GBR', iso2: 'GB', region: 'Europe' },
      { iso3: 'KOR', iso2: 'KR', region: 'Asia' },
      { iso3: 'MDA', iso2: 'MD', region: 'Europe' },
      { iso3: 'MKD', iso2: 'MK', region: 'Europe' },
      { iso3: 'PRT', iso2: 'PT', region: 'Europe' },
      { iso3: 'ROU', iso2: 'RO', region: 'Europe' },
      { iso3: 'SLV', iso2: 'SV', region: 'Americas' },
      { iso3: 'USA', iso2: 'US', region: 'Americas' },
      { iso3: 'ZAF', iso2: 'ZA', region: 'Africa' },
    ]);
    const [framework] = await db().select().from(frameworks);
    expect(framework).toMatchObject({
      code: 'CSS',
      adoptedOn: '2016-03-01',
      adoptedOnPrecision: 'month',
      isDemo: false,
    });
    const rows = await db()
      .select({ code: standards.code, position: standards.position, retiredAt: standards.retiredAt })
      .from(standards)
      .orderBy(asc(standards.position));
    expect(rows).toEqual([1, 2, 3, 4, 5].map((n) => ({ code: `CSS-${n}`, position: n, retiredAt: null })));
  });

  it('words the Civil Society Standards in every language, the name as the glossary gives it', async () => {
    const glossary = JSON.parse(readFileSync('messages/glossary.json', 'utf8')) as {
      terms: Record<string, Record<string, string>>;
    };
    const names = await db()
      .select({ locale: frameworkTexts.locale, name: frameworkTexts.name, description: frameworkTexts.description })
      .from(frameworkTexts);
    expect(Object.fromEntries(names.map((row) => [row.locale, row.name]))).toEqual(
      Object.fromEntries(locales.map((locale) => [locale, glossary.terms['Civil Society Standards']![locale]])),
    );
    expect(names.every((row) => row.description.length > 0)).toBe(true);
    const texts = await db()
      .select({ code: standards.code, locale: standardTexts.locale, title: standardTexts.title })
      .from(standardTexts)
      .innerJoin(standards, eq(standards.id, standardTexts.standardId));
    for (const code of ['CSS-1', 'CSS-2', 'CSS-3', 'CSS-4', 'CSS-5'])
      expect(
        texts
          .filter((row) => row.code === code)
          .map((row) => row.locale)
          .sort(),
      ).toEqual([...locales].sort());
    expect(texts.find((row) => row.code === 'CSS-3' && row.locale === 'fr')?.title).toBe(
      'Soutenir la liberté d’association',
    );
  });

  it('adds the demo set on top, and a second run leaves every row exactly as it was', async () => {
    const first = await seedDatabase(db(), { demo: true });
    const expectedAccounts = DEMO_ACCOUNTS.map(({ role, email, password, countryIso3 }) => ({
      role,
      email,
      password,
      countryIso3,
    }));
    expect(first.demoAccounts).toEqual(expectedAccounts);
    const before = await dumpDatabase();
    expect(before['public.commitments']!.length).toBeGreaterThan(30);

    const second = await seedDatabase(db(), { demo: true });
    expect(second.demoAccounts).toEqual(expectedAccounts);
    expect(await dumpDatabase()).toEqual(before);

    expect(await seedDatabase(db(), { demo: false })).toEqual({ demoAccounts: [] });
    expect(await dumpDatabase()).toEqual(before);
  });

  it('adds a small demo framework, marked as demo and worded in every language, with one standard retired', async () => {
    const [demo] = await db().select().from(frameworks).where(eq(frameworks.code, 'DEMO'));
    expect(demo).toMatchObject({ isDemo: true });
    const names = await db()
      .select({ locale: frameworkTexts.locale, name: frameworkTexts.name })
      .from(frameworkTexts)
      .where(eq(frameworkTexts.frameworkId, demo!.id));
    expect(names.map((row) => row.locale).sort()).toEqual([...locales].sort());
    expect(names.find((row) => row.locale === 'en')?.name).toMatch(/^Demo framework/);

    const rows = await db()
      .select({ id: standards.id, code: standards.code, retiredAt: standards.retiredAt })
      .from(standards)
      .where(eq(standards.frameworkId, demo!.id))
      .orderBy(asc(standards.position));
    expect(rows.map((row) => row.code)).toEqual(['DEMO-1', 'DEMO-2', 'DEMO-3', 'DEMO-4']);
    expect(rows.filter((row) => row.retiredAt !== null).map((row) => row.code)).toEqual(['DEMO-4']);
    const texts = await db()
      .select({ standardId: standardTexts.standardId })
      .from(standardTexts)
      .where(
        inArray(
          standardTexts.standardId,
          rows.map((row) => row.id),
        ),
      );
    expect(texts).toHaveLength(rows.length * locales.length);

    // Published commitments serve each of its standards, the retired one included.
    const linked = await db()
      .selectDistinct({ standardId: commitmentStandards.standardId })
      .from(commitmentStandards)
      .innerJoin(commitments, eq(commitments.id, commitmentStandards.commitmentId))
      .where(
        and(
          eq(commitments.publication, 'published'),
          inArray(
            commitmentStandards.standardId,
            rows.map((row) => row.id),
          ),
        ),
      );
    expect(linked).toHaveLength(rows.length);
  });

  it('marks the instance as demo under the key the app reads', async () => {
    expect(DEMO_SETTING_KEY).toBe(DEMO_DATA_KEY);
    expect(await isDemoDataLoaded()).toBe(true);
  });

  it('creates one account per role that signs in with the printed password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await db()
        .select({ role: users.role, passwordHash: users.passwordHash, iso3: countries.iso3, isActive: users.isActive })
        .from(users)
        .leftJoin(countries, eq(countries.id, users.countryId))
        .where(eq(users.email, account.email));
      expect(user).toMatchObject({ role: account.role, iso3: account.countryIso3, isActive: true });
      expect(account.password.length).toBeGreaterThanOrEqual(15);
      expect(await verifyPassword(user!.passwordHash!, account.password)).toBe(true);
    }
    expect(new Set(DEMO_ACCOUNTS.map((account) => account.role))).toEqual(
      new Set(['admin', 'secretariat', 'focal_point']),
    );
  });

  it('covers every status, publication state and report state, with each commitment on 1 to 3 standards', async () => {
    const rows = await db()
      .select({
        id: commitments.id,
        publication: commitments.publication,
        status: commitments.status,
        description: commitments.description,
      })
      .from(commitments);
    const published = rows.filter((row) => row.publication === 'published');
    expect(new Set(published.map((row) => row.status))).toEqual(
      new Set(['not_started', 'limited', 'substantial', 'complete', 'withdrawn', 'no_information']),
    );
    expect(new Set(rows.map((row) => row.publication))).toEqual(new Set(['draft', 'published', 'archived']));
    expect(published.length / rows.length).toBeGreaterThan(0.7);
    expect(rows.every((row) => row.description.startsWith('Demo data, not a real commitment.'))).toBe(true);

    const links = await db().select({ commitmentId: commitmentStandards.commitmentId }).from(commitmentStandards);
    for (const row of rows) {
      const n = links.filter((link) => link.commitmentId === row.id).length;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(3);
    }

    const reports = await db().select({ state: progressReports.state }).from(progressReports);
    expect(new Set(reports.map((row) => row.state))).toEqual(new Set(['draft', 'submitted', 'verified', 'returned']));
    const [states] = await db()
      .select({ n: sql<number>`count(distinct ${commitments.countryId})::int` })
      .from(commitments);
    expect(states!.n).toBe(10);
  });

  it("sets each commitment's status to the assessment of its latest verified report, which sometimes differs from the claim", async () => {
    const verified = await db()
      .select({
        commitmentId: progressReports.commitmentId,
        claimed: progressReports.claimedStatus,
        assessed: progressReports.assessedStatus,
        status: commitments.status,
      })
      .from(progressReports)
      .innerJoin(commitments, eq(commitments.id, progressReports.commitmentId))
      .where(eq(progressReports.state, 'verified'))
      .orderBy(asc(progressReports.commitmentId), asc(progressReports.reviewedAt));
    const latest = new Map(verified.map((row) => [row.commitmentId, row]));
    expect(latest.size).toBeGreaterThan(20);
    for (const row of latest.values()) expect(row.status).toBe(row.assessed);
    expect(verified.filter((row) => row.claimed !== row.assessed).length).toBeGreaterThanOrEqual(3);

    const unverified = await db()
      .select({ status: commitments.status })
      .from(commitments)
      .where(
        sql`not exists (select 1 from ${progressReports} where ${progressReports.commitmentId} = ${commitments.id} and ${progressReports.state} = 'verified')`,
      );
    expect(unverified.length).toBeGreaterThan(0);
    expect(unverified.every((row) => row.status === 'no_information')).toBe(true);
  });

  it('has a closed round in the past and an open one whose deadline is a few weeks away', async () => {
    const today = isoDate(new Date());
    const rounds = await db().select().from(reportingRounds).orderBy(asc(reportingRounds.opensOn));
    expect(rounds.map((round) => round.status)).toEqual(['closed', 'open']);
    expect(rounds[0]!.deadline < today).toBe(true);
    expect(rounds[1]!.opensOn <= today).toBe(true);
    expect(rounds[1]!.deadline).toBe(addDays(today, 21));
    const inOpenRound = await db()
      .select({ id: progressReports.id })
      .from(progressReports)
      .where(eq(progressReports.roundId, rounds[1]!.id));
    expect(inOpenRound.length).toBeGreaterThan(5);
  });
});
