import 'server-only';
import type { z } from 'zod';
import { readCommitmentSnapshotAt } from '@/db/queries/commitment-history';
import {
  findCountryCode,
  insertCommitment,
  isRefInUse,
  isRefTakenError,
  listKnownStandards,
  listRefsWithPrefix,
  lockCommitment,
  lockCommitmentRefs,
  replaceCommitmentStandards,
  setCommitmentPublication,
  updateCommitmentFields,
  type CommitmentFieldValues,
  type CommitmentSnapshot,
} from '@/db/queries/commitments';
import type { Executor } from '@/db/client';
import { fail, type ActionContext } from '@/lib/actions/context';
import type { CurrentUser } from '@/lib/auth/session';
import {
  COMMITMENT_EDITABLE_FIELDS,
  type changePublicationSchema,
  type CommitmentFieldsInput,
  type createCommitmentSchema,
  type updateCommitmentSchema,
} from '@/lib/validation/commitment';
import { failConflict, failInvalidState } from './failures';
import { NOTHING_PUBLIC, type Refresh } from './refresh';
import { commitmentRefYear, nextCommitmentRef, publicationMove } from './rules';

/**
 * Writing commitments: logging one, editing it with optimistic concurrency (the version the editor
 * started from), and the publication moves. Nothing is ever deleted: archiving is the end of the line
 * until a commitment is restored.
 */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

export type CommitmentWritten = { commitment: CommitmentSnapshot; refresh: Refresh };

/** Fields that someone else's save can change, and so that a conflict names. */
const CONFLICT_FIELDS = [...COMMITMENT_EDITABLE_FIELDS, 'publication', 'status'];

/** The fields whose values differ between two snapshots (standards compared as sets, which are sorted). */
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

/**
 * What others changed since `version`: the snapshot that version had (from the audit log) against the
 * row now. Without a recorded snapshot (rows loaded outside the app), `fallback`.
 */
async function changedSince(
  executor: Executor,
  current: CommitmentSnapshot,
  version: number,
  fallback: () => string[],
): Promise<string[]> {
  const base = await readCommitmentSnapshotAt(executor, { commitmentId: current.id, version });
  return base ? changedCommitmentFields(base, current, CONFLICT_FIELDS) : fallback();
}

/**
 * Refuses unknown standards, retired ones the commitment is not already linked to (`linked`: a retired
 * standard stays on the commitments that have it, but is no longer offered for new links), and a
 * reference another commitment has, naming each field.
 */
async function checkFields(
  executor: Executor,
  input: { ref?: string | undefined; standardIds: number[] },
  { exceptId, linked }: { exceptId: number | null; linked: readonly number[] },
  errors: Record<string, string[]> = {},
): Promise<void> {
  const known = await listKnownStandards({ executor, ids: input.standardIds });
  if (known.length !== input.standardIds.length) errors.standardIds = ['errors.unknownStandard'];
  else if (known.some((standard) => standard.retired && !linked.includes(standard.id)))
    errors.standardIds = ['errors.retiredStandard'];
  if (input.ref && (await isRefInUse({ executor, ref: input.ref, exceptId }))) errors.ref = ['errors.refTaken'];
  if (Object.keys(errors).length > 0) fail('validation', { fieldErrors: errors });
}

/** The unique index refusing a reference that a parallel save took first, as the same field error. */
async function refTakenAsFieldError<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isRefTakenError(error)) fail('validation', { fieldErrors: { ref: ['errors.refTaken'] } });
    throw error;
  }
}

function editableValues(input: CommitmentFieldsInput): CommitmentFieldValues {
  return {
    ref: input.ref,
    title: input.title,
    description: input.description,
    madeAt: input.madeAt,
    madeOn: input.madeOn,
    sourceUrl: input.sourceUrl,
    responsibleBody: input.responsibleBody,
    targetDate: input.targetDate,
    language: input.language,
  };
}

/** Logs a commitment as a draft. A reference left blank is the next free ISO3-YEAR-NN. */
export async function createCommitment(ctx: Ctx<typeof createCommitmentSchema>): Promise<CommitmentWritten> {
  const { tx, input } = ctx;
  const country = await findCountryCode({ executor: tx, id: input.countryId });
  await checkFields(tx, input, { exceptId: null, linked: [] }, country ? {} : { countryId: ['errors.unknownCountry'] });
  ctx.authorize('commitment.create', { countryId: country!.id }, { type: 'commitment' });

  let ref = input.ref;
  if (!ref) {
    await lockCommitmentRefs(tx);
    const year = commitmentRefYear(input.madeOn);
    ref = nextCommitmentRef(country!.iso3, year, await listRefsWithPrefix(tx, `${country!.iso3}-${year}-`));
  }
  const commitment = await refTakenAsFieldError(() =>
    insertCommitment({
      executor: tx,
      values: {
        ...editableValues({ ...input, ref: ref! }),
        countryId: country!.id,
        status: input.status,
        createdById: ctx.user.id,
        updatedById: ctx.user.id,
      },
      standardIds: input.standardIds,
    }),
  );
  await ctx.audit({
    action: 'commitment.create',
    entityType: 'commitment',
    entityId: commitment.id,
    countryId: commitment.countryId,
    before: null,
    after: commitment,
  });
  // A new commitment is a draft: nothing public changes until it is published.
  return { commitment, refresh: NOTHING_PUBLIC };
}

/**
 * Saves an edit if, and only if, nobody has saved since the editor read `input.version`. A stale save
 * changes nothing and names what the others changed, with the values they left.
 */
export async function updateCommitment(ctx: Ctx<typeof updateCommitmentSchema>): Promise<CommitmentWritten> {
  const { tx, input } = ctx;
  const { id, version, ...fields } = input;
  const locked = await lockCommitment({ executor: tx, id });
  ctx.authorize('commitment.update', locked && { countryId: locked.commitment.countryId }, { type: 'commitment', id });
  const { commitment: before, iso3 } = locked!;
  const changedFromInput = () => changedCommitmentFields(fields as Partial<CommitmentSnapshot>, before);
  if (before.version !== version)
    failConflict('commitment', await changedSince(tx, before, version, changedFromInput), before);
  await checkFields(tx, fields, { exceptId: id, linked: before.standardIds });

  // The version condition is what guards against lost updates; the row lock above only orders writers.
  const row = await refTakenAsFieldError(() =>
    updateCommitmentFields({ executor: tx, id, version, values: editableValues(fields), updatedById: ctx.user.id }),
  );
  if (!row) failConflict('commitment', await changedSince(tx, before, version, changedFromInput), before);
  if (JSON.stringify(before.standardIds) !== JSON.stringify(fields.standardIds))
    await replaceCommitmentStandards({ executor: tx, id, standardIds: fields.standardIds });
  const commitment: CommitmentSnapshot = { ...row, standardIds: fields.standardIds };
  await ctx.audit({
    action: 'commitment.update',
    entityType: 'commitment',
    entityId: id,
    countryId: commitment.countryId,
    before,
    after: commitment,
  });
  // A draft's edits are the workspace's own; a published commitment's are on its state's pages.
  return { commitment, refresh: commitment.publication === 'published' ? { countries: [iso3] } : NOTHING_PUBLIC };
}

/** Publish, unpublish, archive or restore, guarded by the version like any edit. Nothing is deleted. */
export async function changeCommitmentPublication(
  ctx: Ctx<typeof changePublicationSchema>,
): Promise<CommitmentWritten> {
  const { tx, input } = ctx;
  const locked = await lockCommitment({ executor: tx, id: input.id });
  ctx.authorize('commitment.publish', locked && { countryId: locked.commitment.countryId }, {
    type: 'commitment',
    id: input.id,
  });
  const { commitment: before, iso3 } = locked!;
  if (before.version !== input.version)
    failConflict('commitment', await changedSince(tx, before, input.version, () => ['publication']), before);
  const to = publicationMove(input.action, before.publication);
  if (!to) failInvalidState('commitment', before.publication);

  const row = await setCommitmentPublication({
    executor: tx,
    id: input.id,
    version: input.version,
    publication: to,
    updatedById: ctx.user.id,
  });
  const commitment: CommitmentSnapshot = { ...row!, standardIds: before.standardIds };
  await ctx.audit({
    action: `commitment.${input.action}`,
    entityType: 'commitment',
    entityId: input.id,
    countryId: commitment.countryId,
    before,
    after: commitment,
  });
  // Publishing, unpublishing and archiving all change what the public sees.
  return { commitment, refresh: { countries: [iso3] } };
}
