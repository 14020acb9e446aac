import 'server-only';
import { and, asc, desc, eq, exists, gt, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import {
  commitmentStandards,
  commitments,
  countries,
  progressReports,
  reportingRounds,
  standards,
  type ContentLanguage,
  type EvidenceLink,
  type ImplementationStatus,
} from '@/db/schema';

/**
 * Open-data reads: commitments and verified reports, filtered and paged by keyset (never by offset, so
 * that a page boundary cannot skip or repeat a row when data changes between requests). Only published
 * commitments and verified reports of published commitments ever leave this file; the filters are in
 * every query's WHERE clause, not left to callers.
 */

const isPublished = eq(commitments.publication, 'published');
const isVerified = eq(progressReports.state, 'verified');

/**
 * `column > since`, at the millisecond precision the API shows: PostgreSQL keeps microseconds, so a
 * client that passes back the latest updated_at it saw would otherwise get that row again.
 */
function changedAfter(column: typeof commitments.updatedAt | typeof progressReports.reviewedAt, since: string): SQL {
  return sql`date_trunc('milliseconds', ${column}) > ${new Date(since).toISOString()}::timestamptz`;
}

export type CountryRef = { iso3: string; iso2: string; name: string };

export type PublicCommitment = {
  ref: string;
  title: string;
  description: string;
  /** The language the texts were written in, for `lang` on pages and the API's `language`. */
  language: ContentLanguage;
  country: CountryRef;
  standards: string[];
  status: ImplementationStatus;
  madeAt: string;
  madeOn: string | null;
  sourceUrl: string | null;
  responsibleBody: string;
  targetDate: string | null;
  publishedAt: Date | null;
  /** Last change to the public record: an edit, a publication move or a verification that moved the status. */
  updatedAt: Date;
  /** The latest verified report: the state's claim, the secretariat's note and when it was verified. */
  latestVerified: { claimedStatus: ImplementationStatus; publicNote: string | null; verifiedAt: Date } | null;
};

export type CommitmentFilters = {
  country?: string;
  standard?: string;
  status?: ImplementationStatus;
  /** Only commitments whose public record changed after this instant (ISO 8601), for incremental harvesting. */
  since?: string;
};

/**
 * Published commitments ordered by reference, `limit` at a time, after `after` (the last reference of
 * the previous page). Returns one page and the reference to continue from, or null at the end.
 */
export async function listPublicCommitments({
  country,
  standard,
  status,
  since,
  after,
  limit,
  executor = db(),
}: CommitmentFilters & { after?: string; limit: number; executor?: Executor }): Promise<{
  items: PublicCommitment[];
  next: string | null;
}> {
  const conditions: (SQL | undefined)[] = [isPublished];
  if (country) conditions.push(eq(countries.iso3, country.toUpperCase()));
  if (status) conditions.push(eq(commitments.status, status));
  if (standard) {
    conditions.push(
      exists(
        executor
          .select({ one: commitmentStandards.commitmentId })
          .from(commitmentStandards)
          .innerJoin(standards, eq(standards.id, commitmentStandards.standardId))
          .where(and(eq(commitmentStandards.commitmentId, commitments.id), eq(standards.code, standard.toUpperCase()))),
      ),
    );
  }
  if (since) conditions.push(changedAfter(commitments.updatedAt, since));
  if (after) conditions.push(gt(commitments.ref, after));

  const rows = await executor
    .select({
      id: commitments.id,
      ref: commitments.ref,
      title: commitments.title,
      description: commitments.description,
      language: commitments.language,
      status: commitments.status,
      madeAt: commitments.madeAt,
      madeOn: commitments.madeOn,
      sourceUrl: commitments.sourceUrl,
      responsibleBody: commitments.responsibleBody,
      targetDate: commitments.targetDate,
      publishedAt: commitments.publishedAt,
      updatedAt: commitments.updatedAt,
      iso3: countries.iso3,
      iso2: countries.iso2,
      name: countries.name,
    })
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(and(...conditions))
    .orderBy(asc(commitments.ref))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const ids = page.map((row) => row.id);
  const [codes, latest] = await Promise.all([standardCodesOf(executor, ids), latestVerifiedOf(executor, ids)]);
  return {
    items: page.map(({ id, iso3, iso2, name, ...row }) => ({
      ...row,
      country: { iso3, iso2, name },
      standards: codes.get(id) ?? [],
      latestVerified: latest.get(id) ?? null,
    })),
    next: rows.length > limit ? (page.at(-1)?.ref ?? null) : null,
  };
}

async function standardCodesOf(executor: Executor, ids: number[]): Promise<Map<number, string[]>> {
  const codes = new Map<number, string[]>();
  if (ids.length === 0) return codes;
  const links = await executor
    .select({ commitmentId: commitmentStandards.commitmentId, code: standards.code })
    .from(commitmentStandards)
    .innerJoin(standards, eq(standards.id, commitmentStandards.standardId))
    .where(inArray(commitmentStandards.commitmentId, ids))
    .orderBy(asc(standards.frameworkId), asc(standards.position));
  for (const link of links) codes.set(link.commitmentId, [...(codes.get(link.commitmentId) ?? []), link.code]);
  return codes;
}

/** Each commitment's latest verified report, newest verification first, as the scorecard shows it. */
async function latestVerifiedOf(
  executor: Executor,
  ids: number[],
): Promise<Map<number, NonNullable<PublicCommitment['latestVerified']>>> {
  const latest = new Map<number, NonNullable<PublicCommitment['latestVerified']>>();
  if (ids.length === 0) return latest;
  const rows = await executor
    .selectDistinctOn([progressReports.commitmentId], {
      commitmentId: progressReports.commitmentId,
      claimedStatus: progressReports.claimedStatus,
      publicNote: progressReports.publicNote,
      verifiedAt: progressReports.reviewedAt,
    })
    .from(progressReports)
    .where(and(isVerified, inArray(progressReports.commitmentId, ids)))
    .orderBy(asc(progressReports.commitmentId), desc(progressReports.reviewedAt), desc(progressReports.id));
  for (const { commitmentId, verifiedAt, ...row } of rows) {
    if (verifiedAt !== null) latest.set(commitmentId, { ...row, verifiedAt });
  }
  return latest;
}

export type VerifiedReport = {
  id: number;
  commitment: { ref: string; title: string; language: ContentLanguage };
  country: CountryRef;
  round: string | null;
  /** The state's voice. */
  claimedStatus: ImplementationStatus;
  narrative: string;
  evidence: EvidenceLink[];
  reportedOn: string;
  /** The secretariat's voice. */
  assessedStatus: ImplementationStatus;
  publicNote: string | null;
  verifiedAt: Date;
};

/**
 * Verified reports of published commitments, newest verification first, `limit` at a time. `before` is
 * the cursor of the previous page's last row ([verifiedAt, id]), so the order is total and stable.
 */
export async function listVerifiedReports({
  country,
  commitmentRef,
  since,
  before,
  limit,
  executor = db(),
}: {
  country?: string;
  commitmentRef?: string;
  /** Only reports verified after this instant (ISO 8601); a verified report does not change afterwards. */
  since?: string;
  before?: { verifiedAt: Date; id: number };
  limit: number;
  executor?: Executor;
}): Promise<{ items: VerifiedReport[]; next: { verifiedAt: Date; id: number } | null }> {
  const conditions: (SQL | undefined)[] = [isVerified, isPublished];
  if (country) conditions.push(eq(countries.iso3, country.toUpperCase()));
  if (commitmentRef) conditions.push(eq(commitments.ref, commitmentRef.toUpperCase()));
  if (since) conditions.push(changedAfter(progressReports.reviewedAt, since));
  if (before) {
    conditions.push(
      or(
        lt(progressReports.reviewedAt, before.verifiedAt),
        and(eq(progressReports.reviewedAt, before.verifiedAt), lt(progressReports.id, before.id)),
      ),
    );
  }
  const rows = await executor
    .select({
      id: progressReports.id,
      ref: commitments.ref,
      title: commitments.title,
      language: commitments.language,
      iso3: countries.iso3,
      iso2: countries.iso2,
      name: countries.name,
      round: reportingRounds.title,
      claimedStatus: progressReports.claimedStatus,
      narrative: progressReports.narrative,
      evidence: progressReports.evidence,
      reportedOn: progressReports.reportedOn,
      assessedStatus: progressReports.assessedStatus,
      publicNote: progressReports.publicNote,
      verifiedAt: progressReports.reviewedAt,
    })
    .from(progressReports)
    .innerJoin(commitments, eq(commitments.id, progressReports.commitmentId))
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .leftJoin(reportingRounds, eq(reportingRounds.id, progressReports.roundId))
    .where(and(...conditions))
    .orderBy(desc(progressReports.reviewedAt), desc(progressReports.id))
    .limit(limit + 1);

  const items: VerifiedReport[] = [];
  for (const { ref, title, language, iso3, iso2, name, assessedStatus, verifiedAt, ...row } of rows.slice(0, limit)) {
    // A verified report always has both (CHECK progress_reports_verified_shape); this narrows the types.
    if (assessedStatus === null || verifiedAt === null) continue;
    items.push({
      ...row,
      commitment: { ref, title, language },
      country: { iso3, iso2, name },
      assessedStatus,
      verifiedAt,
    });
  }
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? { verifiedAt: last.verifiedAt, id: last.id } : null };
}

export type PublicCommitmentDetail = PublicCommitment & {
  /** Verified reports, newest first: the commitment's public history. */
  history: VerifiedReport[];
};

/** One published commitment with its public history; null when the reference is unknown or not published. */
export async function getPublicCommitment({
  ref,
  executor = db(),
}: {
  ref: string;
  executor?: Executor;
}): Promise<PublicCommitmentDetail | null> {
  const normalised = ref.trim().toUpperCase();
  if (!/^[A-Z]{3}-[0-9]{4}-[0-9]{2,}$/.test(normalised)) return null;
  const [row] = await executor
    .select({
      id: commitments.id,
      ref: commitments.ref,
      title: commitments.title,
      description: commitments.description,
      language: commitments.language,
      status: commitments.status,
      madeAt: commitments.madeAt,
      madeOn: commitments.madeOn,
      sourceUrl: commitments.sourceUrl,
      responsibleBody: commitments.responsibleBody,
      targetDate: commitments.targetDate,
      publishedAt: commitments.publishedAt,
      updatedAt: commitments.updatedAt,
      iso3: countries.iso3,
      iso2: countries.iso2,
      name: countries.name,
    })
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(and(isPublished, eq(commitments.ref, normalised)));
  if (!row) return null;
  const [standardRows, history] = await Promise.all([
    executor
      .select({ code: standards.code })
      .from(commitmentStandards)
      .innerJoin(standards, eq(standards.id, commitmentStandards.standardId))
      .where(eq(commitmentStandards.commitmentId, row.id))
      .orderBy(asc(standards.frameworkId), asc(standards.position)),
    listVerifiedReports({ commitmentRef: normalised, limit: 100, executor }),
  ]);
  const { id: _id, iso3, iso2, name, ...rest } = row;
  void _id;
  const latest = history.items[0];
  return {
    ...rest,
    country: { iso3, iso2, name },
    standards: standardRows.map((standard) => standard.code),
    latestVerified: latest
      ? { claimedStatus: latest.claimedStatus, publicNote: latest.publicNote, verifiedAt: latest.verifiedAt }
      : null,
    history: history.items,
  };
}
