import 'server-only';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { commitmentStandards, commitments, countries, standards, users } from '@/db/schema';
import type {
  ChangePublicationInput,
  CommitmentFieldsInput,
  CreateCommitmentInput,
  UpdateCommitmentInput,
} from '@/lib/validation/commitment';
import { COMMITMENT_EDITABLE_FIELDS } from '@/lib/validation/commitment';
import {
  commitmentRefYear,
  nextCommitmentRef,
  publicationMove,
  type Actor,
  type FieldErrors,
  type WorkflowResult,
} from '@/lib/workflow';
import { readCommitmentSnapshotAt } from './commitment-history';
import { recordWorkflowEvent } from './workflow-audit';

/** Writes to commitments: creation, editing with optimistic concurrency, and publication moves. */

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
  publication: commitments.publication,
  status: commitments.status,
  version: commitments.version,
  publishedAt: commitments.publishedAt,
  archivedAt: commitments.archivedAt,
  updatedAt: commitments.updatedAt,
};

type CommitmentColumnsRow = {
  [K in keyof typeof commitmentColumns]: (typeof commitmentColumns)[K]['_']['notNull'] extends true
    ? (typeof commitmentColumns)[K]['_']['data']
    : (typeof commitmentColumns)[K]['_']['data'] | null;
};

/** A commitment as the audit log records it and as a conflicting save shows it. */
export type CommitmentSnapshot = CommitmentColumnsRow & { standardIds: number[] };

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

async function checkFields(
  executor: Executor,
  input: { ref?: string | undefined; standardIds: number[] },
  exceptId: number | null,
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const known = await executor
    .select({ id: standards.id })
    .from(standards)
    .where(inArray(standards.id, input.standardIds));
  if (known.length !== input.standardIds.length) errors.standardIds = ['errors.unknownStandard'];
  if (input.ref) {
    const taken = await executor
      .select({ id: commitments.id })
      .from(commitments)
      .where(and(eq(commitments.ref, input.ref), exceptId === null ? undefined : ne(commitments.id, exceptId)));
    if (taken.length > 0) errors.ref = ['errors.refTaken'];
  }
  return errors;
}

function isRefTaken(error: unknown): boolean {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  return (
    (cause as { code?: string; constraint_name?: string })?.code === '23505' &&
    (cause as { constraint_name?: string }).constraint_name === 'commitments_ref_key'
  );
}

/** The commitment row's own columns; standards live in commitment_standards. */
function editableValues(input: CommitmentFieldsInput): Omit<CommitmentFieldsInput, 'standardIds'> {
  return {
    ref: input.ref,
    title: input.title,
    description: input.description,
    madeAt: input.madeAt,
    madeOn: input.madeOn,
    sourceUrl: input.sourceUrl,
    responsibleBody: input.responsibleBody,
    targetDate: input.targetDate,
  };
}

export async function createCommitment({
  actor,
  input,
  executor = db(),
}: {
  actor: Actor;
  input: CreateCommitmentInput;
  executor?: Executor;
}): Promise<WorkflowResult<CommitmentSnapshot>> {
  try {
    return await executor.transaction(async (tx) => {
      const [country] = await tx
        .select({ id: countries.id, iso3: countries.iso3 })
        .from(countries)
        .where(eq(countries.id, input.countryId));
      const errors = await checkFields(tx, input, null);
      if (!country) errors.countryId = ['errors.unknownCountry'];
      if (!country || Object.keys(errors).length > 0)
        return { ok: false, code: 'invalid:commitment', fieldErrors: errors } as const;

      let ref = input.ref;
      if (!ref) {
        await lockCommitmentRefs(tx);
        const year = commitmentRefYear(input.madeOn);
        ref = nextCommitmentRef(country.iso3, year, await listRefsWithPrefix(tx, `${country.iso3}-${year}-`));
      }
      const { countryId, status, ...fields } = input;
      const [row] = await tx
        .insert(commitments)
        .values({
          ...editableValues({ ...fields, ref }),
          countryId,
          status,
          createdById: actor.id,
          updatedById: actor.id,
        })
        .returning({ id: commitments.id });
      if (input.standardIds.length > 0) {
        await tx
          .insert(commitmentStandards)
          .values(input.standardIds.map((standardId) => ({ commitmentId: row!.id, standardId })));
      }
      const after = (await readCommitmentSnapshot(tx, row!.id))!;
      await recordWorkflowEvent(tx, {
        actor,
        action: 'commitment.create',
        entityType: 'commitment',
        entityId: after.id,
        countryId,
        before: null,
        after,
      });
      return { ok: true, data: after } as const;
    });
  } catch (error) {
    if (isRefTaken(error)) return { ok: false, code: 'invalid:commitment', fieldErrors: { ref: ['errors.refTaken'] } };
    throw error;
  }
}

/** The fields whose values differ between two snapshots (standards compared as sets). */
export function changedCommitmentFields(
  a: Partial<CommitmentSnapshot>,
  b: Partial<CommitmentSnapshot>,
  fields: readonly string[] = COMMITMENT_EDITABLE_FIELDS,
): string[] {
  return fields.filter((field) => {
    const left = (a as Record<string, unknown>)[field] ?? null;
    const right = (b as Record<string, unknown>)[field] ?? null;
    return JSON.stringify(left) !== JSON.stringify(right);
  });
}

export type CommitmentConflictFields = readonly string[];

/**
 * What others changed since `version`: the snapshot that version had (from the audit log) against the
 * row now. Without a recorded snapshot (rows loaded outside the app), what differs from the caller's input.
 */
async function changedSince(
  executor: Executor,
  current: CommitmentSnapshot,
  version: number,
  submitted: CommitmentFieldsInput,
): Promise<string[]> {
  const fields = [...COMMITMENT_EDITABLE_FIELDS, 'publication', 'status'];
  const base = await readCommitmentSnapshotAt(executor, { commitmentId: current.id, version });
  if (base) return changedCommitmentFields(base, current, fields);
  return changedCommitmentFields(submitted as Partial<CommitmentSnapshot>, current);
}

/**
 * Saves an edit if, and only if, nobody has saved since the caller read `input.version`. A stale save
 * changes nothing and returns the row as it now is, what changed, and the caller's own input.
 */
export async function updateCommitment({
  actor,
  input,
  executor = db(),
}: {
  actor: Actor;
  input: UpdateCommitmentInput;
  executor?: Executor;
}): Promise<WorkflowResult<CommitmentSnapshot, CommitmentSnapshot, UpdateCommitmentInput>> {
  try {
    return await executor.transaction(async (tx) => {
      const before = await readCommitmentSnapshot(tx, input.id, { lock: true });
      if (!before) return { ok: false, code: 'not_found:commitment' } as const;
      const { id, version, ...fields } = input;
      if (before.version !== version) {
        return {
          ok: false,
          code: 'conflict:commitment',
          current: before,
          submitted: input,
          changedFields: await changedSince(tx, before, version, fields),
        } as const;
      }
      const errors = await checkFields(tx, fields, id);
      if (Object.keys(errors).length > 0)
        return { ok: false, code: 'invalid:commitment', fieldErrors: errors } as const;

      // The version condition is what guards against lost updates; the row lock above only orders writers.
      const updated = await tx
        .update(commitments)
        .set({
          ...editableValues(fields),
          version: sql`${commitments.version} + 1`,
          updatedById: actor.id,
          updatedAt: sql`now()`,
        })
        .where(and(eq(commitments.id, id), eq(commitments.version, version)))
        .returning({ id: commitments.id });
      if (updated.length === 0) {
        const current = (await readCommitmentSnapshot(tx, id))!;
        return {
          ok: false,
          code: 'conflict:commitment',
          current,
          submitted: input,
          changedFields: await changedSince(tx, current, version, fields),
        } as const;
      }
      if (JSON.stringify(before.standardIds) !== JSON.stringify(fields.standardIds)) {
        await tx.delete(commitmentStandards).where(eq(commitmentStandards.commitmentId, id));
        await tx
          .insert(commitmentStandards)
          .values(fields.standardIds.map((standardId) => ({ commitmentId: id, standardId })));
      }
      const after = (await readCommitmentSnapshot(tx, id))!;
      await recordWorkflowEvent(tx, {
        actor,
        action: 'commitment.update',
        entityType: 'commitment',
        entityId: id,
        countryId: after.countryId,
        before,
        after,
      });
      return { ok: true, data: after } as const;
    });
  } catch (error) {
    if (isRefTaken(error)) return { ok: false, code: 'invalid:commitment', fieldErrors: { ref: ['errors.refTaken'] } };
    throw error;
  }
}

/** Publish, unpublish, archive or restore, guarded by the version like any edit. Nothing is deleted. */
export async function changeCommitmentPublication({
  actor,
  input,
  executor = db(),
}: {
  actor: Actor;
  input: ChangePublicationInput;
  executor?: Executor;
}): Promise<WorkflowResult<CommitmentSnapshot, CommitmentSnapshot, ChangePublicationInput>> {
  return executor.transaction(async (tx) => {
    const before = await readCommitmentSnapshot(tx, input.id, { lock: true });
    if (!before) return { ok: false, code: 'not_found:commitment' } as const;
    if (before.version !== input.version) {
      const base = await readCommitmentSnapshotAt(tx, { commitmentId: before.id, version: input.version });
      const changedFields = base
        ? changedCommitmentFields(base, before, [...COMMITMENT_EDITABLE_FIELDS, 'publication', 'status'])
        : ['publication'];
      return { ok: false, code: 'conflict:commitment', current: before, submitted: input, changedFields } as const;
    }
    const to = publicationMove(input.action, before.publication);
    if (!to) return { ok: false, code: 'invalid_state:commitment', state: before.publication } as const;
    await tx
      .update(commitments)
      .set({
        publication: to,
        version: sql`${commitments.version} + 1`,
        updatedById: actor.id,
        updatedAt: sql`now()`,
        // publishedAt is when it first went public; archivedAt is cleared on restore.
        publishedAt: to === 'published' ? sql`coalesce(${commitments.publishedAt}, now())` : undefined,
        archivedAt: to === 'archived' ? sql`now()` : input.action === 'restore' ? null : undefined,
      })
      .where(and(eq(commitments.id, input.id), eq(commitments.version, input.version)));
    const after = (await readCommitmentSnapshot(tx, input.id))!;
    await recordWorkflowEvent(tx, {
      actor,
      action: `commitment.${input.action}`,
      entityType: 'commitment',
      entityId: input.id,
      countryId: after.countryId,
      before,
      after,
    });
    return { ok: true, data: after } as const;
  });
}

/** Who last changed a commitment, for the conflict message ("saved by … at …"). */
export async function getCommitmentEditor({
  id,
  executor = db(),
}: {
  id: number;
  executor?: Executor;
}): Promise<{ name: string; at: Date } | null> {
  const [row] = await executor
    .select({ name: users.name, at: commitments.updatedAt })
    .from(commitments)
    .innerJoin(users, eq(users.id, commitments.updatedById))
    .where(eq(commitments.id, id));
  return row ?? null;
}
