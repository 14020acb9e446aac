import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { cache } from 'react';
import { db, type Executor } from '@/db/client';
import {
  commitmentStandards,
  commitments,
  countries,
  membershipEvents,
  progressReports,
  standards,
  type ContentLanguage,
  type DatePrecision,
  type ImplementationStatus,
  type MembershipEventType,
} from '@/db/schema';
import { emptyDistribution, scoreOfDistribution, type StatusDistribution } from '@/lib/scoring';
import { listStateFigures } from './figures';
import { M49_REGIONS } from '@/lib/regions';
import { deriveStanding, deriveStandings, type Standing } from '@/lib/standing';

/**
 * Reads about member states, for the public pages and for the workspace's country pickers and checks.
 * Only published commitments and verified reports (of published commitments) ever leave this file:
 * every query below that reads them filters on both, in SQL.
 */

const isPublished = eq(commitments.publication, 'published');

/**
 * A state's region by its English M49 name ("Europe"), read from the stored code: the name the pages
 * translate (`public.regions`) and the open data carries beside `region_code`.
 */
export const regionName = sql<string>`case ${countries.regionCode} ${sql.join(
  M49_REGIONS.map((region) => sql`when ${region.code} then ${region.name}`),
  sql` `,
)} end`;
const isVerified = eq(progressReports.state, 'verified');

export type CountryListItem = {
  iso3: string;
  iso2: string;
  name: string;
  region: string;
  regionCode: string;
  standing: Standing;
  publishedCommitments: number;
  distribution: StatusDistribution;
  score: number | null;
  /** When the secretariat last verified a report on one of the state's published commitments. */
  lastVerifiedAt: Date | null;
};

/** Every state, sorted by name, with its standing and the summary of its published commitments (kept as data, ./figures.ts). */
export async function listCountries({ executor = db() }: { executor?: Executor } = {}): Promise<CountryListItem[]> {
  const [countryRows, eventRows, figureRows] = await Promise.all([
    executor
      .select({
        id: countries.id,
        iso3: countries.iso3,
        iso2: countries.iso2,
        name: countries.name,
        region: regionName,
        regionCode: countries.regionCode,
      })
      .from(countries)
      .orderBy(asc(countries.name), asc(countries.iso3)),
    executor
      .select({
        countryId: membershipEvents.countryId,
        type: membershipEvents.type,
        sequence: membershipEvents.sequence,
      })
      .from(membershipEvents),
    listStateFigures({ executor }),
  ]);

  const standings = deriveStandings(eventRows);
  const figures = new Map(figureRows.map((row) => [row.countryId, row]));
  return countryRows.map(({ id, ...country }) => {
    const state = figures.get(id);
    const summary = scoreOfDistribution(state?.distribution ?? emptyDistribution());
    return {
      ...country,
      standing: standings.get(id) ?? 'none',
      publishedCommitments: summary.counted + summary.excluded,
      distribution: summary.distribution,
      score: summary.score,
      lastVerifiedAt: state?.lastVerifiedAt ?? null,
    };
  });
}

export type MembershipEventItem = {
  type: MembershipEventType;
  /** 'YYYY-MM-DD', or null when not known; read it with `partialDateOf` (lib/standing.ts). */
  occurredOn: string | null;
  datePrecision: DatePrecision;
  /** The Council decision or meeting that took it: its reference ("GC/2026/4") and title, when recorded. */
  decisionReference: string | null;
  decisionTitle: string | null;
  note: string;
  sourceUrl: string | null;
};

export type VerifiedAssessment = {
  /** The state's voice. */
  claimedStatus: ImplementationStatus;
  /** The secretariat's voice; it sets the commitment's public status. */
  assessedStatus: ImplementationStatus;
  publicNote: string | null;
  reportedOn: string;
  reviewedAt: Date;
};

export type CountryProfileCommitment = {
  ref: string;
  title: string;
  language: ContentLanguage;
  status: ImplementationStatus;
  targetDate: string | null;
  standards: { code: string }[];
  /** The most recently verified report, or null when none is verified yet. */
  latestVerified: VerifiedAssessment | null;
};

export type CountryProfile = {
  country: { id: number; iso3: string; iso2: string; name: string; region: string; regionCode: string };
  standing: Standing;
  /** In sequence order. */
  events: MembershipEventItem[];
  /** Published only, by ref. */
  commitments: CountryProfileCommitment[];
  score: number | null;
  distribution: StatusDistribution;
  lastVerifiedAt: Date | null;
};

/** One state's public scorecard data; null when no state has that code (any letter case). */
export async function getCountryProfile({
  iso3,
  executor = db(),
}: {
  iso3: string;
  executor?: Executor;
}): Promise<CountryProfile | null> {
  const code = iso3.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return null;
  const [country] = await executor
    .select({
      id: countries.id,
      iso3: countries.iso3,
      iso2: countries.iso2,
      name: countries.name,
      region: regionName,
      regionCode: countries.regionCode,
    })
    .from(countries)
    .where(eq(countries.iso3, code));
  if (!country) return null;

  const ofCountry = eq(commitments.countryId, country.id);
  const latestVerified = executor
    .select({
      claimedStatus: progressReports.claimedStatus,
      assessedStatus: progressReports.assessedStatus,
      publicNote: progressReports.publicNote,
      reportedOn: progressReports.reportedOn,
      reviewedAt: progressReports.reviewedAt,
    })
    .from(progressReports)
    .where(and(eq(progressReports.commitmentId, commitments.id), isVerified))
    .orderBy(desc(progressReports.reviewedAt), desc(progressReports.id))
    .limit(1)
    .as('latest_verified');
  const [events, commitmentRows, standardRows, verifiedRows] = await Promise.all([
    executor
      .select({
        type: membershipEvents.type,
        sequence: membershipEvents.sequence,
        occurredOn: membershipEvents.occurredOn,
        datePrecision: membershipEvents.datePrecision,
        decisionReference: membershipEvents.decisionReference,
        decisionTitle: membershipEvents.decisionTitle,
        note: membershipEvents.note,
        sourceUrl: membershipEvents.sourceUrl,
      })
      .from(membershipEvents)
      .where(eq(membershipEvents.countryId, country.id))
      .orderBy(asc(membershipEvents.sequence)),
    executor
      .select({
        id: commitments.id,
        ref: commitments.ref,
        title: commitments.title,
        language: commitments.language,
        status: commitments.status,
        targetDate: commitments.targetDate,
      })
      .from(commitments)
      .where(and(ofCountry, isPublished))
      .orderBy(asc(commitments.ref)),
    executor
      .select({ commitmentId: commitmentStandards.commitmentId, code: standards.code })
      .from(commitmentStandards)
      .innerJoin(commitments, eq(commitments.id, commitmentStandards.commitmentId))
      .innerJoin(standards, eq(standards.id, commitmentStandards.standardId))
      .where(and(ofCountry, isPublished))
      .orderBy(asc(standards.frameworkId), asc(standards.position), asc(standards.code)),
    // For each published commitment, its latest verified report: one probe of
    // progress_reports_latest_verified_idx per commitment, rather than reading all of the state's
    // reports (thousands at scale, scattered over a table shared with every other state).
    executor
      .select({
        commitmentId: commitments.id,
        claimedStatus: latestVerified.claimedStatus,
        assessedStatus: latestVerified.assessedStatus,
        publicNote: latestVerified.publicNote,
        reportedOn: latestVerified.reportedOn,
        reviewedAt: latestVerified.reviewedAt,
      })
      .from(commitments)
      .crossJoinLateral(latestVerified)
      .where(and(ofCountry, isPublished)),
  ]);

  const latest = new Map<number, VerifiedAssessment>();
  let lastVerifiedAt: Date | null = null;
  for (const { commitmentId, assessedStatus, reviewedAt, ...rest } of verifiedRows) {
    // A verified report always has both (CHECK progress_reports_verified_shape); this narrows the types.
    if (assessedStatus === null || reviewedAt === null) continue;
    latest.set(commitmentId, { ...rest, assessedStatus, reviewedAt });
    if (lastVerifiedAt === null || reviewedAt > lastVerifiedAt) lastVerifiedAt = reviewedAt;
  }

  const summary = scoreOfDistribution(
    commitmentRows.reduce((distribution, row) => {
      distribution[row.status] += 1;
      return distribution;
    }, emptyDistribution()),
  );

  return {
    country,
    standing: deriveStanding(events),
    events: events.map(({ type, occurredOn, datePrecision, decisionReference, decisionTitle, note, sourceUrl }) => ({
      type,
      occurredOn,
      datePrecision,
      decisionReference,
      decisionTitle,
      note,
      sourceUrl,
    })),
    commitments: commitmentRows.map(({ id, ...row }) => ({
      ...row,
      standards: standardRows.filter((link) => link.commitmentId === id).map(({ code }) => ({ code })),
      latestVerified: latest.get(id) ?? null,
    })),
    score: summary.score,
    distribution: summary.distribution,
    lastVerifiedAt,
  };
}

export type PublicCountry = {
  id: number;
  iso3: string;
  iso2: string;
  name: string;
  region: string;
  regionCode: string;
};

/**
 * The one row a country page needs before it renders anything: whether the code names a country.
 * Country pages check it in their layout, above any loading boundary, so that an unknown code is
 * answered with a real 404 status rather than a streamed "not found" under a 200.
 * Wrapped in React's `cache` so the layout and the page share one query per request.
 */
export const findCountryByIso3 = cache(async function findCountryByIso3({
  iso3,
  executor = db(),
}: {
  iso3: string;
  executor?: Executor;
}): Promise<PublicCountry | null> {
  if (!/^[A-Za-z]{3}$/.test(iso3)) return null;
  const [row] = await executor
    .select({
      id: countries.id,
      iso3: countries.iso3,
      iso2: countries.iso2,
      name: countries.name,
      region: regionName,
      regionCode: countries.regionCode,
    })
    .from(countries)
    .where(eq(countries.iso3, iso3.toUpperCase()));
  return row ?? null;
});

// The workspace: country pickers, the check that a chosen country exists, a signed-in person's country.

export async function listCountryOptions({ executor = db() }: { executor?: Executor } = {}) {
  return executor
    .select({ id: countries.id, name: countries.name, iso3: countries.iso3, iso2: countries.iso2 })
    .from(countries)
    .orderBy(asc(countries.name));
}

export async function countryExists({ id, executor = db() }: { id: number; executor?: Executor }): Promise<boolean> {
  const [row] = await executor.select({ id: countries.id }).from(countries).where(eq(countries.id, id));
  return row !== undefined;
}

/** The recorded name and the ISO alpha-2 code, which pages name the country by (lib/format.ts). */
export async function getCountryNaming({
  id,
  executor = db(),
}: {
  id: number;
  executor?: Executor;
}): Promise<{ iso2: string; name: string } | null> {
  const [row] = await executor
    .select({ iso2: countries.iso2, name: countries.name })
    .from(countries)
    .where(eq(countries.id, id));
  return row ?? null;
}
