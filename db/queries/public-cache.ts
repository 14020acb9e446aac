import 'server-only';
import { revalidateTag, unstable_cache } from 'next/cache';
import { getAsOfInputs } from '@/db/queries/as-of';
import { findCountryByIso3, getCountryProfile, listCountries } from '@/db/queries/countries';
import { listAllPublicCommitments, listAllVerifiedReports, listMembershipEvents } from '@/db/queries/open-data';
import { getOverviewFigures } from '@/db/queries/overview';
import { getPublicCommitment, listPublicCommitments, listVerifiedReports } from '@/db/queries/public-api';
import { getScoreHistories } from '@/db/queries/figures';
import {
  getStandardDetail,
  getStandardsMatrix,
  getStandardsProgress,
  listReferenceTexts,
  listStandards,
} from '@/db/queries/standards';
import { isSettled, recordAsOf, type RecordAsOf } from '@/lib/as-of';

/**
 * Public reads, cached by tag in Next's data cache, so that public pages and the API do not query the
 * database on every request. Writes that change public data (publishing, verifying, editing a
 * published commitment, a round, an import) say which states they changed, and their caller expires
 * those states' tags once the write has committed (lib/workflow/refresh.ts); the tags below say
 * exactly which cached reads that drops, and the next request reads fresh data.
 *
 * With several app servers, an invalidation on one reaches the others through the cache handler
 * (lib/cache/shared-tag-cache.mjs), which passes the dropped tags on through PostgreSQL.
 *
 * Entries are stored as JSON, so Dates are tagged on the way in and revived on the way out.
 */

/**
 * What each tag covers. Every cached read carries `all` plus the narrowest tags of what it reads:
 * `country:X` for one state's own data (its scorecard, commitments, history, embed card), and one tag
 * per aggregate (overview, countries list, standards progress, latest reports). `reference` covers the
 * frameworks and standards themselves and their texts in every language, which no workflow changes; the
 * writes that do (the workspace's reference data) drop `all`, since a standard's wording is on every
 * page that names it. Public pages are cached whole (ISR) and inherit the tags of every read they make,
 * so dropping a tag drops the pages built from it too.
 */
export const PUBLIC_TAGS = {
  all: 'public:all',
  overview: 'public:overview',
  countries: 'public:countries',
  standards: 'public:standards',
  reports: 'public:reports',
  reference: 'public:reference',
  country: (iso3: string) => `public:country:${iso3.toUpperCase()}`,
  /** Records of settled days (lib/as-of.ts `isSettled`): no workflow write changes them, so none drops this tag, not even `all`. */
  pastDays: 'public:past-days',
  /**
   * One state's records of settled days. They show its standing on that day, which a membership event
   * (recorded or corrected later, with a date in the past) changes: only such a change drops this tag.
   */
  pastDaysOf: (iso3: string) => `public:past-days:${iso3.toUpperCase()}`,
} as const;

type Json = { __date: string } | Record<string, unknown> | unknown[] | string | number | boolean | null;

function freeze(value: unknown): Json {
  if (value instanceof Date) return { __date: value.toISOString() };
  if (value instanceof Map) return { __map: [...value.entries()].map(([k, v]) => [k, freeze(v)]) };
  if (Array.isArray(value)) return value.map(freeze);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, freeze(v)]));
  return value as Json;
}

function thaw<T>(value: unknown): T {
  if (Array.isArray(value)) return value.map((item) => thaw(item)) as T;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.__date === 'string') return new Date(record.__date) as T;
    if (Array.isArray(record.__map))
      return new Map((record.__map as [unknown, unknown][]).map(([k, v]) => [k, thaw(v)])) as T;
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, thaw(v)])) as T;
  }
  return value as T;
}

function cached<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tags: (...args: Args) => string[],
  { forGood = false }: { forGood?: boolean } = {},
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const run = unstable_cache(async () => freeze(await read(...args)), [name, JSON.stringify(args)], {
      tags: forGood ? tags(...args) : [...tags(...args), PUBLIC_TAGS.all],
    });
    return thaw<Result>(await run());
  };
}

export const getCachedCountries = cached(
  'countries',
  () => listCountries(),
  () => [PUBLIC_TAGS.countries],
);

export const getCachedCountryProfile = cached(
  'country-profile',
  (iso3: string) => getCountryProfile({ iso3 }),
  (iso3) => [PUBLIC_TAGS.country(iso3)],
);

export const getCachedOverview = cached(
  'overview',
  () => getOverviewFigures(),
  () => [PUBLIC_TAGS.overview],
);

export const getCachedScoreHistories = cached(
  'score-histories',
  () => getScoreHistories(),
  () => [PUBLIC_TAGS.countries],
);

export const getCachedCountryScoreHistory = cached(
  'country-score-history',
  async (iso3: string) => {
    const country = await findCountryByIso3({ iso3 });
    if (!country) return [];
    return (await getScoreHistories({ countryId: country.id })).get(country.iso3) ?? [];
  },
  (iso3) => [PUBLIC_TAGS.country(iso3)],
);

export const getCachedStandards = cached(
  'standards',
  () => listStandards(),
  () => [PUBLIC_TAGS.reference],
);
/** Every framework's and standard's texts in every language, for wording them in the reader's (lib/i18n/standard-text.ts). */
export const getCachedReferenceTexts = cached(
  'reference-texts',
  () => listReferenceTexts(),
  () => [PUBLIC_TAGS.reference],
);
export const getCachedStandardsProgress = cached(
  'standards-progress',
  () => getStandardsProgress(),
  () => [PUBLIC_TAGS.standards],
);
export const getCachedStandardsMatrix = cached(
  'standards-matrix',
  () => getStandardsMatrix(),
  () => [PUBLIC_TAGS.standards],
);
export const getCachedStandardDetail = cached(
  'standard-detail',
  (code: string) => getStandardDetail({ code }),
  () => [PUBLIC_TAGS.standards],
);

export const getCachedCommitment = cached(
  'commitment',
  (ref: string) => getPublicCommitment({ ref }),
  (ref) => [PUBLIC_TAGS.country(ref.slice(0, 3))],
);

export const getCachedLatestReports = cached(
  'latest-reports',
  (limit: number) => listVerifiedReports({ limit }).then((page) => page.items),
  () => [PUBLIC_TAGS.reports],
);

/**
 * The tags a change to these states' commitments, reports or membership can alter: their own pages and
 * the aggregates (overview, countries list, standards progress, latest reports). Other states' pages
 * stay cached. With `pastDays` (a membership change), those states' records of settled days too.
 * `everything` is for changes that reach every state at once (a reporting round's dates or status,
 * which every score history shows).
 */
export function publicDataTags(
  scope: { countries: readonly (string | null | undefined)[]; pastDays?: boolean } | 'everything',
): string[] {
  if (scope === 'everything') return [PUBLIC_TAGS.all];
  const countries = scope.countries.filter((iso3): iso3 is string => Boolean(iso3));
  return [
    ...new Set([
      PUBLIC_TAGS.overview,
      PUBLIC_TAGS.countries,
      PUBLIC_TAGS.standards,
      PUBLIC_TAGS.reports,
      ...countries.map(PUBLIC_TAGS.country),
      ...(scope.pastDays ? countries.map(PUBLIC_TAGS.pastDaysOf) : []),
    ]),
  ];
}

/**
 * Drops those tags from a route handler or script, after the change's transaction commits. Server
 * actions use `refreshPublicPages` (lib/workflow/refresh.ts), which expires the same tags with
 * `updateTag` so that the action's own response already reads the new data.
 */
export function invalidatePublicData(scope: Parameters<typeof publicDataTags>[0]): void {
  // expire: 0, so the next request reads fresh data rather than being served the stale entry once.
  for (const tag of publicDataTags(scope)) revalidateTag(tag, { expire: 0 });
}

export const getCachedCommitmentsPage = cached(
  'commitments-page',
  (args: Omit<Parameters<typeof listPublicCommitments>[0], 'executor'>) => listPublicCommitments(args),
  (args) => (args.country ? [PUBLIC_TAGS.country(args.country)] : [PUBLIC_TAGS.countries]),
);

export const getCachedReportsPage = cached(
  'reports-page',
  (args: Omit<Parameters<typeof listVerifiedReports>[0], 'executor'>) => listVerifiedReports(args),
  () => [PUBLIC_TAGS.reports],
);

/**
 * Every public table whole, for the bulk download and its data package. Every write's tags include the
 * three aggregates read here, so any change to public data drops it.
 */
export const getCachedOpenDataTables = cached(
  'open-data-tables',
  async () => {
    const [countryRows, histories, standardRows, commitmentRows, reportRows, events] = await Promise.all([
      listCountries(),
      getScoreHistories(),
      getStandardsProgress(),
      listAllPublicCommitments(),
      listAllVerifiedReports(),
      listMembershipEvents(),
    ]);
    return {
      countries: countryRows,
      histories,
      standards: standardRows,
      commitments: commitmentRows,
      reports: reportRows,
      events,
    };
  },
  () => [PUBLIC_TAGS.countries, PUBLIC_TAGS.standards, PUBLIC_TAGS.reports, PUBLIC_TAGS.reference],
);

async function readRecordAsOf(iso3: string, day: string): Promise<RecordAsOf | null> {
  const country = await findCountryByIso3({ iso3 });
  if (!country) return null;
  return recordAsOf(await getAsOfInputs({ countryId: country.id }), day);
}

const getOpenRecord = cached('record-open', readRecordAsOf, (iso3) => [PUBLIC_TAGS.country(iso3)]);
const getSettledRecord = cached(
  'record-settled',
  readRecordAsOf,
  (iso3) => [PUBLIC_TAGS.pastDays, PUBLIC_TAGS.pastDaysOf(iso3)],
  { forGood: true },
);

/**
 * A state's record at the end of `day` (lib/as-of.ts). Once the day has settled (`isSettled`: over,
 * and an hour with it) no verification, publication or round can change its record, so it is cached
 * for good: by state and day, under tags that no such write drops, not even `all`. Only a change to
 * the state's membership history, which can reach back to any day, drops its settled records
 * (`pastDaysOf`). Until then (today, or yesterday in its first hour) it is cached under the state's
 * tag like its live scorecard, and a verification drops it.
 *
 * Pages and responses that also show "what changed since" read today's record beside it, so they
 * carry the state's tag and are rebuilt when it changes; what they rebuild from is the settled
 * record, read from this cache, never again from the database.
 */
export function getCachedRecordAsOf(iso3: string, day: string, now: Date = new Date()): Promise<RecordAsOf | null> {
  const code = iso3.toUpperCase();
  return isSettled(day, now) ? getSettledRecord(code, day) : getOpenRecord(code, day);
}

/** The references of every published commitment, for the sitemap. */
export const getCachedPublishedRefs = cached(
  'published-refs',
  async () => (await listAllPublicCommitments()).map((commitment) => commitment.ref),
  () => [PUBLIC_TAGS.countries],
);
