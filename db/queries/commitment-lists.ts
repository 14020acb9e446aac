import 'server-only';
import { and, asc, count, desc, eq, exists, ilike, inArray, lt, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import {
  commitmentStandards,
  commitments,
  countries,
  progressReports,
  standards,
  type ImplementationStatus,
  type PublicationState,
} from '@/db/schema';
import { isoDate } from '@/lib/dates';
import { commitmentColumns, readStandardIds, type CommitmentSnapshot } from './commitments';

/** Reads of commitments for the workspace: the filtered list, one commitment, a state's own list. */

/** The list's filters, as plain values (the query string is read by `commitmentFiltersSchema`). */
export type CommitmentFilters = {
  countryId?: number | undefined;
  standardId?: number | undefined;
  status?: ImplementationStatus | undefined;
  publication?: PublicationState | undefined;
  overdue: boolean;
  q?: string | undefined;
  page: number;
};

/** Statuses after which a commitment past its target date is no longer overdue. */
const SETTLED_STATUSES = ['complete', 'withdrawn'] as const satisfies readonly ImplementationStatus[];

export type CommitmentListRow = CommitmentSnapshot & {
  countryIso3: string;
  countryIso2: string;
  countryName: string;
  overdue: boolean;
};

export type StandardRef = { id: number; code: string; retired: boolean };

export type CommitmentDetail = CommitmentListRow & { standards: StandardRef[] };

const listColumns = {
  ...commitmentColumns,
  countryIso3: countries.iso3,
  countryIso2: countries.iso2,
  countryName: countries.name,
};

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, '\\$&');
}

/** Past its target date and not yet complete or withdrawn (archived commitments are never overdue). */
export function overdueCondition(today: string): SQL {
  return and(
    lt(commitments.targetDate, today),
    notInArray(commitments.status, [...SETTLED_STATUSES]),
    ne(commitments.publication, 'archived'),
  )!;
}

function isOverdue(row: { targetDate: string | null; status: string; publication: string }, today: string): boolean {
  return (
    row.targetDate !== null &&
    row.targetDate < today &&
    !(SETTLED_STATUSES as readonly string[]).includes(row.status) &&
    row.publication !== 'archived'
  );
}

function filterConditions(executor: Executor, filters: Omit<CommitmentFilters, 'page'>, today: string): SQL[] {
  const conditions: SQL[] = [];
  if (filters.countryId !== undefined) conditions.push(eq(commitments.countryId, filters.countryId));
  if (filters.standardId !== undefined) {
    conditions.push(
      exists(
        executor
          .select({ one: sql`1` })
          .from(commitmentStandards)
          .where(
            and(
              eq(commitmentStandards.commitmentId, commitments.id),
              eq(commitmentStandards.standardId, filters.standardId),
            ),
          ),
      ),
    );
  }
  if (filters.status !== undefined) conditions.push(eq(commitments.status, filters.status));
  // Archived commitments stay out of the way unless asked for, but never disappear: the filter finds them.
  conditions.push(
    filters.publication !== undefined
      ? eq(commitments.publication, filters.publication)
      : ne(commitments.publication, 'archived'),
  );
  if (filters.overdue) conditions.push(overdueCondition(today));
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    conditions.push(
      or(
        ilike(commitments.title, pattern),
        ilike(commitments.ref, pattern),
        ilike(commitments.responsibleBody, pattern),
      )!,
    );
  }
  return conditions;
}

async function withStandardIds<
  T extends { id: number; targetDate: string | null; status: string; publication: string },
>(executor: Executor, rows: T[], today: string): Promise<Array<T & { standardIds: number[]; overdue: boolean }>> {
  const ids = await readStandardIds(
    executor,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, standardIds: ids.get(row.id) ?? [], overdue: isOverdue(row, today) }));
}

export const COMMITMENTS_PAGE_SIZE = 25;

/** The secretariat's list across every state. */
export async function listCommitments({
  filters,
  pageSize = COMMITMENTS_PAGE_SIZE,
  today = isoDate(),
  executor = db(),
}: {
  filters: CommitmentFilters;
  pageSize?: number;
  today?: string;
  executor?: Executor;
}): Promise<{ rows: CommitmentListRow[]; total: number; page: number; pageCount: number }> {
  const where = and(...filterConditions(executor, filters, today));
  const [totals] = await executor
    .select({ total: count() })
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(where);
  const total = totals?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page, pageCount);
  const rows = await executor
    .select(listColumns)
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(where)
    .orderBy(asc(countries.name), asc(commitments.ref))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows: await withStandardIds(executor, rows, today), total, page, pageCount };
}

/** Every commitment matching the filters, for the CSV export (standards as codes). */
export async function listCommitmentsForExport({
  filters,
  today = isoDate(),
  executor = db(),
}: {
  filters: Omit<CommitmentFilters, 'page'>;
  today?: string;
  executor?: Executor;
}): Promise<Array<CommitmentListRow & { standardCodes: string[] }>> {
  const rows = await executor
    .select(listColumns)
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(and(...filterConditions(executor, filters, today)))
    .orderBy(asc(countries.name), asc(commitments.ref));
  const codes = await executor.select({ id: standards.id, code: standards.code }).from(standards);
  const codeOf = new Map(codes.map((row) => [row.id, row.code]));
  return (await withStandardIds(executor, rows, today)).map((row) => ({
    ...row,
    standardCodes: row.standardIds.map((id) => codeOf.get(id) ?? String(id)),
  }));
}

async function detailOf(executor: Executor, where: SQL, today: string): Promise<CommitmentDetail | null> {
  const [row] = await executor
    .select(listColumns)
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(where);
  if (!row) return null;
  const linked = await executor
    .select({ id: standards.id, code: standards.code, retired: sql<boolean>`${standards.retiredAt} is not null` })
    .from(commitmentStandards)
    .innerJoin(standards, eq(standards.id, commitmentStandards.standardId))
    .where(eq(commitmentStandards.commitmentId, row.id))
    .orderBy(asc(standards.frameworkId), asc(standards.position));
  return {
    ...row,
    standardIds: linked.map((standard) => standard.id).sort((a, b) => a - b),
    standards: linked,
    overdue: isOverdue(row, today),
  };
}

/** One commitment of any state, for the secretariat. */
export async function getCommitment({
  id,
  today = isoDate(),
  executor = db(),
}: {
  id: number;
  today?: string;
  executor?: Executor;
}) {
  return detailOf(executor, eq(commitments.id, id), today);
}

/** One commitment of `countryId`; another state's commitment reads as not found. */
export async function getCountryCommitment({
  id,
  countryId,
  today = isoDate(),
  executor = db(),
}: {
  id: number;
  countryId: number;
  today?: string;
  executor?: Executor;
}) {
  return detailOf(executor, and(eq(commitments.id, id), eq(commitments.countryId, countryId))!, today);
}

export type CountryCommitmentRow = CommitmentListRow & {
  /** The newest report on it, whatever its state, so the focal point sees what is in progress. */
  latestReport: { id: number; state: string; roundId: number | null; version: number; updatedAt: Date } | null;
  /** Whether it still needs a submitted report in the open round. */
  dueInOpenRound: boolean;
};

/**
 * A state's own commitments, for its focal points (drafts included, archived left out), with the newest
 * report on each and whether the open round still waits for one.
 */
export async function listCountryCommitments({
  countryId,
  openRoundId = null,
  today = isoDate(),
  executor = db(),
}: {
  countryId: number;
  openRoundId?: number | null;
  today?: string;
  executor?: Executor;
}): Promise<CountryCommitmentRow[]> {
  const rows = await executor
    .select(listColumns)
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(and(eq(commitments.countryId, countryId), ne(commitments.publication, 'archived')))
    .orderBy(asc(commitments.ref));
  const ids = rows.map((row) => row.id);
  const reports =
    ids.length === 0
      ? []
      : await executor
          .selectDistinctOn([progressReports.commitmentId], {
            commitmentId: progressReports.commitmentId,
            id: progressReports.id,
            state: progressReports.state,
            roundId: progressReports.roundId,
            version: progressReports.version,
            updatedAt: progressReports.updatedAt,
          })
          .from(progressReports)
          .where(and(eq(progressReports.countryId, countryId), inArray(progressReports.commitmentId, ids)))
          .orderBy(progressReports.commitmentId, desc(progressReports.createdAt), desc(progressReports.id));
  const reported =
    openRoundId === null || ids.length === 0
      ? new Set<number>()
      : new Set(
          (
            await executor
              .select({ commitmentId: progressReports.commitmentId })
              .from(progressReports)
              .where(
                and(
                  eq(progressReports.countryId, countryId),
                  eq(progressReports.roundId, openRoundId),
                  inArray(progressReports.state, ['submitted', 'verified']),
                ),
              )
          ).map((row) => row.commitmentId),
        );
  const latest = new Map(reports.map(({ commitmentId, ...report }) => [commitmentId, report]));
  return (await withStandardIds(executor, rows, today)).map((row) => ({
    ...row,
    latestReport: latest.get(row.id) ?? null,
    dueInOpenRound: openRoundId !== null && row.publication === 'published' && !reported.has(row.id),
  }));
}

/**
 * Countries and standards for the list's filters and the forms' choices. Retired standards are listed
 * too, marked: the filter finds their commitments, and an edit keeps them; a new link may not name one.
 */
export async function listCommitmentChoices({ executor = db() }: { executor?: Executor } = {}) {
  const [countryRows, standardRows] = await Promise.all([
    executor
      .select({ id: countries.id, iso3: countries.iso3, iso2: countries.iso2, name: countries.name })
      .from(countries)
      .orderBy(asc(countries.name)),
    executor
      .select({ id: standards.id, code: standards.code, retired: sql<boolean>`${standards.retiredAt} is not null` })
      .from(standards)
      .orderBy(asc(standards.frameworkId), asc(standards.position), asc(standards.code)),
  ]);
  return { countries: countryRows, standards: standardRows };
}

/** A commitment's country and reference, read from its row: what permission checks and cache refreshes need. */
export async function getCommitmentCountry({
  id,
  executor = db(),
}: {
  id: number;
  executor?: Executor;
}): Promise<{ countryId: number; iso3: string; ref: string } | null> {
  const [row] = await executor
    .select({ countryId: commitments.countryId, iso3: countries.iso3, ref: commitments.ref })
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(eq(commitments.id, id));
  return row ?? null;
}
