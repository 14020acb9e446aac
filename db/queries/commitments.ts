import 'server-only';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  commitmentStandards,
  commitments,
  countries,
  standards,
  type ImplementationStatus,
  type NewCommitment,
  type PublicationState,
} from '@/db/schema';

/**
 * Commitment rows: reads and writes that take plain values. Whether a write is allowed (its version,
 * its publication move, its reference) is decided by the service in lib/workflow/commitments.ts.
 */

export const commitmentColumns = {
  id: commitments.id,
  countryId: commitments.countryId,
  ref: commitments.ref,
  title: commitments.title,
  description: commitments.description,
  madeAt: commitments.madeAt,
  madeOn: commitments.madeOn,
  sourceUrl: commitments.sourceUrl,
  responsibleBody: commitments.responsibleBody,
  targetDate: commitments.targetDate,
  language: commitments.language,
  publication: commitments.publication,
  status: commitments.status,
  version: commitments.version,
  publishedAt: commitments.publishedAt,
  archivedAt: commitments.archivedAt,
  updatedAt: commitments.updatedAt,
};

export type CommitmentRow = {
  [K in keyof typeof commitmentColumns]: (typeof commitmentColumns)[K]['_']['notNull'] extends true
    ? (typeof commitmentColumns)[K]['_']['data']
    : (typeof commitmentColumns)[K]['_']['data'] | null;
};

/** A commitment as the audit log records it and as a conflicting save shows it. */
export type CommitmentSnapshot = CommitmentRow & { standardIds: number[] };

/** The columns a person edits on the commitment row itself; standards live in commitment_standards. */
export type CommitmentFieldValues = Pick<
  NewCommitment,
  'ref' | 'title' | 'description' | 'madeAt' | 'madeOn' | 'sourceUrl' | 'responsibleBody' | 'targetDate' | 'language'
>;

export async function readStandardIds(executor: Executor, commitmentIds: number[]): Promise<Map<number, number[]>> {
  const byCommitment = new Map<number, number[]>(commitmentIds.map((id) => [id, []]));
  if (commitmentIds.length === 0) return byCommitment;
  const rows = await executor
    .select({ commitmentId: commitmentStandards.commitmentId, standardId: commitmentStandards.standardId })
    .from(commitmentStandards)
    .where(inArray(commitmentStandards.commitmentId, commitmentIds))
    .orderBy(asc(commitmentStandards.standardId));
  for (const row of rows) byCommitment.get(row.commitmentId)?.push(row.standardId);
  return byCommitment;
}

export async function readCommitmentSnapshot(
  executor: Executor,
  id: number,
  options: { lock?: boolean } = {},
): Promise<CommitmentSnapshot | null> {
  const query = executor.select(commitmentColumns).from(commitments).where(eq(commitments.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) return null;
  const standardIds = (await readStandardIds(executor, [id])).get(id) ?? [];
  return { ...row, standardIds };
}

/**
 * The commitment, locked until the transaction ends, with its standards and its country's ISO code:
 * everything a write on it needs (the audit's before, the permission's country, the cache tags), in
 * one statement. Only the commitment's row is locked, not its country's.
 */
export async function lockCommitment({
  executor,
  id,
}: {
  executor: Executor;
  id: number;
}): Promise<{ commitment: CommitmentSnapshot; iso3: string } | null> {
  const [row] = await executor
    .select({
      ...commitmentColumns,
      standardIds: sql<number[]>`coalesce((
        select array_agg(${commitmentStandards.standardId} order by ${commitmentStandards.standardId})
        from ${commitmentStandards} where ${commitmentStandards.commitmentId} = ${commitments.id}), '{}')`,
      iso3: countries.iso3,
    })
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(eq(commitments.id, id))
    .for('update', { of: commitments });
  if (!row) return null;
  const { iso3, ...commitment } = row;
  return { commitment, iso3 };
}

/** A country's id and ISO code, or null when there is no such country. */
export async function findCountryCode({
  executor,
  id,
}: {
  executor: Executor;
  id: number;
}): Promise<{ id: number; iso3: string } | null> {
  const [row] = await executor
    .select({ id: countries.id, iso3: countries.iso3 })
    .from(countries)
    .where(eq(countries.id, id));
  return row ?? null;
}

/** Which of `ids` name existing standards, and whether each is retired (no longer offered for new links). */
export async function listKnownStandards({
  executor,
  ids,
}: {
  executor: Executor;
  ids: number[];
}): Promise<{ id: number; retired: boolean }[]> {
  if (ids.length === 0) return [];
  return executor
    .select({ id: standards.id, retired: sql<boolean>`${standards.retiredAt} is not null` })
    .from(standards)
    .where(inArray(standards.id, ids));
}

/** Whether another commitment than `exceptId` already has the reference `ref`. */
export async function isRefInUse({
  executor,
  ref,
  exceptId = null,
}: {
  executor: Executor;
  ref: string;
  exceptId?: number | null;
}): Promise<boolean> {
  const rows = await executor
    .select({ id: commitments.id })
    .from(commitments)
    .where(and(eq(commitments.ref, ref), exceptId === null ? undefined : ne(commitments.id, exceptId)));
  return rows.length > 0;
}

/** Whether `error` is the unique index on references refusing a second writer of the same one. */
export function isRefTakenError(error: unknown): boolean {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  return (
    (cause as { code?: string; constraint_name?: string })?.code === '23505' &&
    (cause as { constraint_name?: string }).constraint_name === 'commitments_ref_key'
  );
}

// One lock for every reference generated, by a form or an import, so two writers never pick the same NN.
const REF_LOCK = sql`pg_advisory_xact_lock(hashtext('commitments.ref'))`;

export async function lockCommitmentRefs(executor: Executor): Promise<void> {
  await executor.execute(sql`select ${REF_LOCK}`);
}

/** Every reference in use with `prefix` (such as `NOR-2018-`). */
export async function listRefsWithPrefix(executor: Executor, prefix: string): Promise<string[]> {
  const rows = await executor
    .select({ ref: commitments.ref })
    .from(commitments)
    .where(sql`${commitments.ref} like ${prefix.replace(/[\\%_]/g, '\\$&') + '%'}`);
  return rows.map((row) => row.ref);
}

export async function insertCommitment({
  executor,
  values,
  standardIds,
}: {
  executor: Executor;
  values: CommitmentFieldValues & {
    ref: string;
    countryId: number;
    status: ImplementationStatus;
    createdById: string;
    updatedById: string;
  };
  standardIds: number[];
}): Promise<CommitmentSnapshot> {
  const [row] = await executor.insert(commitments).values(values).returning(commitmentColumns);
  if (standardIds.length > 0) {
    await executor
      .insert(commitmentStandards)
      .values(standardIds.map((standardId) => ({ commitmentId: row!.id, standardId })));
  }
  return { ...row!, standardIds: [...standardIds].sort((a, b) => a - b) };
}

/** Saves the edited columns if the row is still at `version`; null when it is not (nothing written). */
export async function updateCommitmentFields({
  executor,
  id,
  version,
  values,
  updatedById,
}: {
  executor: Executor;
  id: number;
  version: number;
  values: CommitmentFieldValues;
  updatedById: string;
}): Promise<CommitmentRow | null> {
  const [row] = await executor
    .update(commitments)
    .set({ ...values, version: sql`${commitments.version} + 1`, updatedById, updatedAt: sql`now()` })
    .where(and(eq(commitments.id, id), eq(commitments.version, version)))
    .returning(commitmentColumns);
  return row ?? null;
}

export async function replaceCommitmentStandards({
  executor,
  id,
  standardIds,
}: {
  executor: Executor;
  id: number;
  standardIds: number[];
}): Promise<void> {
  await executor.delete(commitmentStandards).where(eq(commitmentStandards.commitmentId, id));
  if (standardIds.length > 0) {
    await executor
      .insert(commitmentStandards)
      .values(standardIds.map((standardId) => ({ commitmentId: id, standardId })));
  }
}

/**
 * Moves the row to `publication` if it is still at `version`; null when it is not. `publishedAt` is
 * when it first went public; `archivedAt` is when it was archived, cleared when it leaves the archive.
 */
export async function setCommitmentPublication({
  executor,
  id,
  version,
  publication,
  updatedById,
}: {
  executor: Executor;
  id: number;
  version: number;
  publication: PublicationState;
  updatedById: string;
}): Promise<CommitmentRow | null> {
  const [row] = await executor
    .update(commitments)
    .set({
      publication,
      version: sql`${commitments.version} + 1`,
      updatedById,
      updatedAt: sql`now()`,
      publishedAt: publication === 'published' ? sql`coalesce(${commitments.publishedAt}, now())` : undefined,
      archivedAt:
        publication === 'archived'
          ? sql`now()`
          : sql`case when ${commitments.publication} = 'archived' then null else ${commitments.archivedAt} end`,
    })
    .where(and(eq(commitments.id, id), eq(commitments.version, version)))
    .returning(commitmentColumns);
  return row ?? null;
}

/** Sets the public status (a verified report's assessment), bumping the version. */
export async function setCommitmentStatus({
  executor,
  id,
  status,
  updatedById,
}: {
  executor: Executor;
  id: number;
  status: ImplementationStatus;
  updatedById: string;
}): Promise<CommitmentRow> {
  const [row] = await executor
    .update(commitments)
    .set({ status, version: sql`${commitments.version} + 1`, updatedById, updatedAt: sql`now()` })
    .where(eq(commitments.id, id))
    .returning(commitmentColumns);
  return row!;
}
