import 'server-only';
import { aliasedTable, and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import {
  commitments,
  countries,
  progressReports,
  reportingRounds,
  users,
  type ContentLanguage,
  type ImplementationStatus,
  type ReportState,
} from '@/db/schema';
import { reportColumns, type ReportSnapshot } from './reports';

/** Reads of progress reports: the review queue, one report for review, a state's own reports. */

export type ReportListRow = ReportSnapshot & {
  commitmentRef: string;
  commitmentTitle: string;
  /** The language of the commitment's texts, which its reports' narratives and notes share. */
  commitmentLanguage: ContentLanguage;
  countryIso3: string;
  countryIso2: string;
  countryName: string;
  authorName: string | null;
  reviewerName: string | null;
  roundTitle: string | null;
};

const reviewers = aliasedTable(users, 'reviewers');

const listColumns = {
  ...reportColumns,
  commitmentRef: commitments.ref,
  commitmentTitle: commitments.title,
  commitmentLanguage: commitments.language,
  countryIso3: countries.iso3,
  countryIso2: countries.iso2,
  countryName: countries.name,
  authorName: users.name,
  reviewerName: reviewers.name,
  roundTitle: reportingRounds.title,
};

function listQuery(executor: Executor) {
  return executor
    .select(listColumns)
    .from(progressReports)
    .innerJoin(commitments, eq(commitments.id, progressReports.commitmentId))
    .innerJoin(countries, eq(countries.id, progressReports.countryId))
    .leftJoin(users, eq(users.id, progressReports.authorId))
    .leftJoin(reviewers, eq(reviewers.id, progressReports.reviewerId))
    .leftJoin(reportingRounds, eq(reportingRounds.id, progressReports.roundId));
}

/** What the secretariat's lists filter reports on; every part is optional. */
export type ReportListFilters = {
  state?: ReportState;
  countryId?: number;
  roundId?: number;
  claimedStatus?: ImplementationStatus;
};

function reportConditions(filters: ReportListFilters) {
  return and(
    filters.state ? eq(progressReports.state, filters.state) : undefined,
    filters.countryId ? eq(progressReports.countryId, filters.countryId) : undefined,
    filters.roundId ? eq(progressReports.roundId, filters.roundId) : undefined,
    filters.claimedStatus ? eq(progressReports.claimedStatus, filters.claimedStatus) : undefined,
  );
}

/** Submitted reports waiting for review, the longest-waiting first, optionally by state, round and claim. */
export async function listReviewQueue({
  limit = 50,
  offset = 0,
  filters = {},
  executor = db(),
}: { limit?: number; offset?: number; filters?: Omit<ReportListFilters, 'state'>; executor?: Executor } = {}): Promise<{
  rows: ReportListRow[];
  total: number;
}> {
  const where = reportConditions({ ...filters, state: 'submitted' });
  const [totals] = await executor.select({ total: count() }).from(progressReports).where(where);
  const rows = await listQuery(executor)
    .where(where)
    .orderBy(asc(progressReports.submittedAt), asc(progressReports.id))
    .limit(limit)
    .offset(offset);
  return { rows, total: totals?.total ?? 0 };
}

export const REPORTS_PAGE_SIZE = 25;

/**
 * Every report in any state, for the secretariat: the latest change first, a page at a time. A page
 * past the end reads as the last page.
 */
export async function listReports({
  filters,
  page: wanted,
  pageSize = REPORTS_PAGE_SIZE,
  executor = db(),
}: {
  filters: ReportListFilters;
  page: number;
  pageSize?: number;
  executor?: Executor;
}): Promise<{ rows: ReportListRow[]; total: number; page: number; pageCount: number }> {
  const where = reportConditions(filters);
  const [totals] = await executor.select({ total: count() }).from(progressReports).where(where);
  const total = totals?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(wanted, pageCount);
  const rows = await listQuery(executor)
    .where(where)
    .orderBy(desc(progressReports.updatedAt), desc(progressReports.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total, page, pageCount };
}

/** Any state's report, for the secretariat's review screen. */
export async function getReport({
  id,
  executor = db(),
}: {
  id: number;
  executor?: Executor;
}): Promise<ReportListRow | null> {
  const [row] = await listQuery(executor).where(eq(progressReports.id, id));
  return row ?? null;
}

/** One of `countryId`'s reports; another state's report reads as not found. */
export async function getCountryReport({
  id,
  countryId,
  executor = db(),
}: {
  id: number;
  countryId: number;
  executor?: Executor;
}): Promise<ReportListRow | null> {
  const [row] = await listQuery(executor).where(
    and(eq(progressReports.id, id), eq(progressReports.countryId, countryId)),
  );
  return row ?? null;
}

/** A state's reports, newest first, optionally only in some states (the focal point's "returned" list). */
export async function listCountryReports({
  countryId,
  states,
  executor = db(),
}: {
  countryId: number;
  states?: ReportState[];
  executor?: Executor;
}): Promise<ReportListRow[]> {
  return listQuery(executor)
    .where(
      and(
        eq(progressReports.countryId, countryId),
        states && states.length > 0 ? inArray(progressReports.state, states) : undefined,
      ),
    )
    .orderBy(desc(progressReports.updatedAt), desc(progressReports.id));
}

/** Every report on one commitment, newest first (its country is required, as for any scoped read). */
export async function listCommitmentReports({
  commitmentId,
  countryId,
  executor = db(),
}: {
  commitmentId: number;
  countryId: number;
  executor?: Executor;
}): Promise<ReportListRow[]> {
  return listQuery(executor)
    .where(and(eq(progressReports.commitmentId, commitmentId), eq(progressReports.countryId, countryId)))
    .orderBy(desc(progressReports.createdAt), desc(progressReports.id));
}

/** Every report (optionally in some states), for the CSV export. */
export async function listReportsForExport({
  states,
  executor = db(),
}: { states?: ReportState[]; executor?: Executor } = {}): Promise<ReportListRow[]> {
  return listQuery(executor)
    .where(states && states.length > 0 ? inArray(progressReports.state, states) : undefined)
    .orderBy(asc(countries.name), asc(commitments.ref), asc(progressReports.id));
}
