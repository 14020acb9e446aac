import { z } from 'zod';
import {
  getCachedCommitmentsPage,
  getCachedCountries,
  getCachedCountryProfile,
  getCachedCountryScoreHistory,
  getCachedRecordAsOf,
  getCachedReportsPage,
  getCachedScoreHistories,
  getCachedStandardsProgress,
} from '@/db/queries/public-cache';
import { findCountryByIso3 } from '@/db/queries/countries';
import { todayUtc } from '@/lib/as-of';
import { siteOrigin } from '@/lib/site-url';
import {
  commitmentParams,
  countryParams,
  decodeCursor,
  encodeCursor,
  noParams,
  parseParams,
  reportParams,
  standardParams,
} from './params';
import { badRequest, notFoundResponse, sendCsv, sendJson, type Format } from './respond';
import {
  COMMITMENT_CSV_COLUMNS,
  COUNTRY_CSV_COLUMNS,
  PROFILE_COMMITMENT_CSV_COLUMNS,
  REPORT_CSV_COLUMNS,
  STANDARD_CSV_COLUMNS,
  commitmentOut,
  countryOut,
  flattenCountry,
  flattenDistribution,
  flattenReport,
  profileOut,
  reportOut,
  standardOut,
} from './serialize';
import { asOfOut } from './serialize-as-of';

/** One handler per resource, each serving JSON or CSV from the same rows. */

const LICENCE = 'CC BY 4.0';

function nextLink(url: URL, cursor: string | null): { next: string | null; link: string | null } {
  if (!cursor) return { next: null, link: null };
  const next = new URL(url);
  next.searchParams.set('cursor', cursor);
  return { next: next.toString(), link: `<${next.toString()}>; rel="next"` };
}

export async function countriesHandler(request: Request, format: Format): Promise<Response> {
  const url = new URL(request.url);
  const params = parseParams(url, noParams);
  if (!params.ok) return params.response;
  const [countries, histories, origin] = await Promise.all([
    getCachedCountries(),
    getCachedScoreHistories(),
    siteOrigin(),
  ]);
  const rows = countries.map((country) => countryOut(country, histories.get(country.iso3), origin));
  if (format === 'csv')
    return sendCsv(request, COUNTRY_CSV_COLUMNS, rows.map(flattenCountry), { filename: 'countries.csv' });
  return sendJson(request, { data: rows, licence: LICENCE });
}

export async function countryHandler(request: Request, iso3: string, format: Format): Promise<Response> {
  const url = new URL(request.url);
  const params = parseParams(url, countryParams);
  if (!params.ok) return params.response;
  if (!/^[A-Za-z]{3}$/.test(iso3))
    return badRequest('iso3', 'must be a three-letter ISO 3166-1 alpha-3 code, such as nor');
  if (params.value.as_of !== undefined) return countryAsOfHandler(request, iso3, params.value.as_of, format);
  const [profile, history, origin] = await Promise.all([
    getCachedCountryProfile(iso3.toUpperCase()),
    getCachedCountryScoreHistory(iso3.toUpperCase()),
    siteOrigin(),
  ]);
  if (!profile) return notFoundResponse(`Country ${iso3.toUpperCase()}`);
  const body = profileOut(profile, history, origin);
  if (format === 'csv') {
    return sendCsv(request, PROFILE_COMMITMENT_CSV_COLUMNS, body.commitments, {
      filename: `${profile.country.iso3.toLowerCase()}-commitments.csv`,
    });
  }
  return sendJson(request, { data: body, licence: LICENCE });
}

/** The scorecard as it was public at the end of `day` (UTC), and what changed since. */
async function countryAsOfHandler(request: Request, iso3: string, day: string, format: Format): Promise<Response> {
  const code = iso3.toUpperCase();
  const [country, then, now, origin] = await Promise.all([
    findCountryByIso3({ iso3: code }),
    getCachedRecordAsOf(code, day),
    getCachedRecordAsOf(code, todayUtc()),
    siteOrigin(),
  ]);
  if (!country || !then || !now) return notFoundResponse(`Country ${code}`);
  const body = asOfOut(country, then, now, origin);
  if (format === 'csv') {
    return sendCsv(request, PROFILE_COMMITMENT_CSV_COLUMNS, body.commitments, {
      filename: `${country.iso3.toLowerCase()}-commitments-${day}.csv`,
    });
  }
  return sendJson(request, { data: body, licence: LICENCE });
}

const commitmentCursor = z.object({ ref: z.string() });

export async function commitmentsHandler(request: Request, format: Format): Promise<Response> {
  const url = new URL(request.url);
  const params = parseParams(url, commitmentParams);
  if (!params.ok) return params.response;
  const { cursor, ...filters } = params.value;
  const after = cursor === undefined ? undefined : decodeCursor(cursor, commitmentCursor);
  if (after === null) return badRequest('cursor', 'is not a cursor this API issued; start again without it');
  const [page, origin] = await Promise.all([getCachedCommitmentsPage({ ...filters, after: after?.ref }), siteOrigin()]);
  const rows = page.items.map((item) => commitmentOut(item, origin));
  const { next, link } = nextLink(url, page.next ? encodeCursor({ ref: page.next }) : null);
  if (format === 'csv') return sendCsv(request, COMMITMENT_CSV_COLUMNS, rows, { filename: 'commitments.csv', link });
  return sendJson(
    request,
    { data: rows, next_cursor: page.next ? encodeCursor({ ref: page.next }) : null, links: { next }, licence: LICENCE },
    { link },
  );
}

const reportCursor = z.object({ at: z.iso.datetime(), id: z.number().int().positive() });

export async function reportsHandler(request: Request, format: Format): Promise<Response> {
  const url = new URL(request.url);
  const params = parseParams(url, reportParams);
  if (!params.ok) return params.response;
  const { cursor, country, commitment, since, limit } = params.value;
  const before = cursor === undefined ? undefined : decodeCursor(cursor, reportCursor);
  if (before === null) return badRequest('cursor', 'is not a cursor this API issued; start again without it');
  const page = await getCachedReportsPage({
    country,
    commitmentRef: commitment,
    since,
    limit,
    before: before ? { verifiedAt: new Date(before.at), id: before.id } : undefined,
  });
  const rows = page.items.map(reportOut);
  const token = page.next ? encodeCursor({ at: page.next.verifiedAt.toISOString(), id: page.next.id }) : null;
  const { next, link } = nextLink(url, token);
  if (format === 'csv')
    return sendCsv(request, REPORT_CSV_COLUMNS, rows.map(flattenReport), { filename: 'reports.csv', link });
  return sendJson(request, { data: rows, next_cursor: token, links: { next }, licence: LICENCE }, { link });
}

export async function standardsHandler(request: Request, format: Format): Promise<Response> {
  const url = new URL(request.url);
  const params = parseParams(url, standardParams);
  if (!params.ok) return params.response;
  const { framework } = params.value;
  const [standards, origin] = await Promise.all([getCachedStandardsProgress(), siteOrigin()]);
  const rows = standards
    .filter((standard) => framework === undefined || standard.framework.code === framework)
    .map((standard) => standardOut(standard, origin));
  if (format === 'csv')
    return sendCsv(request, STANDARD_CSV_COLUMNS, rows.map(flattenDistribution), { filename: 'standards.csv' });
  return sendJson(request, { data: rows, licence: LICENCE });
}
