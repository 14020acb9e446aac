import 'server-only';
import type { z } from 'zod';
import type { Executor } from '@/db/client';
import {
  insertFramework,
  insertStandard,
  isFrameworkCodeTaken,
  isStandardCodeTaken,
  lockFramework,
  lockFrameworkOfStandard,
  lockNeighbourStandard,
  lockStandard,
  readReferenceSnapshotAt,
  setStandardRetired,
  swapStandardPositions,
  takenCodeOf,
  updateFramework as updateFrameworkRow,
  updateStandardTexts as updateStandardTextsRow,
  type FrameworkSnapshot,
  type StandardSnapshot,
} from '@/db/queries/reference-frameworks';
import { fail, type ActionContext } from '@/lib/actions/context';
import type { CurrentUser } from '@/lib/auth/session';
import {
  partialDateText,
  storedPartialDate,
  textFieldsOf,
  textsOf,
  type addStandardSchema,
  type createFrameworkSchema,
  type moveStandardSchema,
  type setStandardRetiredSchema,
  type updateFrameworkSchema,
  type updateStandardTextsSchema,
} from '@/lib/validation/framework';
import { conflictFieldErrors } from '@/lib/workflow/failures';
import type { Refresh } from '@/lib/workflow/refresh';

/**
 * The frameworks and standards that commitments are measured against, kept by admins: creating a
 * framework and editing its details, adding standards, editing their texts in any language, changing
 * their order, retiring them and bringing them back. Nothing is deleted: a retired standard stays on
 * the commitments linked to it and on the public pages, and is no longer offered for new commitments.
 *
 * Every change here refreshes every public page (`'everything'`): a framework's or a standard's wording
 * is on every page that names it (each state's scorecard and commitments, /standards and each standard's
 * page, the open data and the API), whatever state those pages are about. `'everything'` expires
 * `public:all`, which every cached public read carries, `public:reference` ones (the standards list)
 * included, so that tag needs no dropping of its own (db/queries/public-cache.ts). Only the records of
 * settled past days keep the wording they were cached with, as they keep everything else.
 */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

export type FrameworkWritten = { framework: FrameworkSnapshot; refresh: Refresh };
export type StandardWritten = { standard: StandardSnapshot; frameworkCode: string; refresh: Refresh };

const EVERYTHING: Refresh = 'everything';

/** The framework as its form's fields, for naming what someone else changed. */
function frameworkFieldsOf(framework: FrameworkSnapshot): Record<string, string> {
  return {
    adoptedOn: partialDateText({ date: framework.adoptedOn, precision: framework.adoptedOnPrecision }),
    sourceUrl: framework.sourceUrl ?? '',
    ...textFieldsOf(framework.texts, 'name'),
  };
}

function standardFieldsOf(standard: StandardSnapshot): Record<string, string> {
  return textFieldsOf(standard.texts, 'title');
}

function changedFields(a: Record<string, string>, b: Record<string, string>): string[] {
  return Object.keys(b).filter((field) => (a[field] ?? '') !== b[field]);
}

/**
 * Someone saved first: nothing is written, and each field they changed since the version this admin
 * started from is named with its value now (from that version's audit snapshot; without one, every
 * field where this admin's input and the row differ). The wrapper sends back what the admin typed.
 */
async function failStale<S extends FrameworkSnapshot | StandardSnapshot>(
  executor: Executor,
  entityType: 'framework' | 'standard',
  current: S,
  version: number,
  input: Record<string, string>,
  fieldsOf: (row: S) => Record<string, string>,
): Promise<never> {
  const base = await readReferenceSnapshotAt<S>({ executor, entityType, id: current.id, version });
  const now = fieldsOf(current);
  const changed = base ? changedFields(fieldsOf(base), now) : changedFields(input, now);
  return fail(`conflict:${entityType}`, { fieldErrors: conflictFieldErrors(changed, now) });
}

/** A unique index refusing a code that a parallel save took first, as the same field error as the check. */
async function codeTakenAsFieldError<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const taken = takenCodeOf(error);
    if (taken) fail('validation', { fieldErrors: { [`${taken}Code`]: [`errors.${taken}CodeTaken`] } });
    throw error;
  }
}

function frameworkValuesOf(input: { adoptedOn: string; sourceUrl: string | null }) {
  // The schema has checked the date; a text it accepts always has a stored form.
  const adopted = storedPartialDate(input.adoptedOn)!;
  return { adoptedOn: adopted.date, adoptedOnPrecision: adopted.precision, sourceUrl: input.sourceUrl };
}

/** The audit event of a change: frameworks and standards belong to no state. */
function audited(
  ctx: { audit: ActionContext<unknown, CurrentUser>['audit'] },
  action: string,
  entityType: 'framework' | 'standard',
  before: FrameworkSnapshot | StandardSnapshot | null,
  after: FrameworkSnapshot | StandardSnapshot,
) {
  return ctx.audit({ action, entityType, entityId: after.id, countryId: null, before, after });
}

/** Frameworks belong to no state: `framework.manage` is decided on the row's existence alone. */
function authorizeOn(
  ctx: { authorize: ActionContext<unknown, CurrentUser>['authorize'] },
  row: unknown,
  entity: { type: 'framework' | 'standard'; id?: number },
) {
  ctx.authorize('framework.manage', row ? { countryId: null } : null, entity);
}

export async function createFramework(ctx: Ctx<typeof createFrameworkSchema>): Promise<FrameworkWritten> {
  const { tx, input } = ctx;
  authorizeOn(ctx, {}, { type: 'framework' });
  if (await isFrameworkCodeTaken({ executor: tx, code: input.frameworkCode }))
    fail('validation', { fieldErrors: { frameworkCode: ['errors.frameworkCodeTaken'] } });
  const framework = await codeTakenAsFieldError(() =>
    insertFramework({
      executor: tx,
      code: input.frameworkCode,
      values: frameworkValuesOf(input),
      texts: textsOf(input, 'name'),
    }),
  );
  await audited(ctx, 'framework.create', 'framework', null, framework);
  return { framework, refresh: EVERYTHING };
}

/** Saves the framework's details and texts if nobody has saved since the admin read `input.version`. */
export async function updateFramework(ctx: Ctx<typeof updateFrameworkSchema>): Promise<FrameworkWritten> {
  const { tx, input } = ctx;
  const before = await lockFramework({ executor: tx, id: input.id });
  authorizeOn(ctx, before, { type: 'framework', id: input.id });
  const typed = frameworkFieldsOf({ ...before!, ...frameworkValuesOf(input), texts: textsOf(input, 'name') });
  if (before!.version !== input.version)
    await failStale(tx, 'framework', before!, input.version, typed, frameworkFieldsOf);
  const framework = await updateFrameworkRow({
    executor: tx,
    id: input.id,
    version: input.version,
    values: frameworkValuesOf(input),
    texts: textsOf(input, 'name'),
  });
  if (!framework) return failStale(tx, 'framework', before!, input.version, typed, frameworkFieldsOf);
  await audited(ctx, 'framework.update', 'framework', before, framework);
  return { framework, refresh: EVERYTHING };
}

/** Adds a standard at the end of its framework's list. Its code is unique across every framework. */
export async function addStandard(ctx: Ctx<typeof addStandardSchema>): Promise<StandardWritten> {
  const { tx, input } = ctx;
  // The framework's lock orders this with other additions and moves, so positions stay unique.
  const framework = await lockFramework({ executor: tx, id: input.frameworkId });
  authorizeOn(ctx, framework, { type: 'framework', id: input.frameworkId });
  if (await isStandardCodeTaken({ executor: tx, code: input.standardCode }))
    fail('validation', { fieldErrors: { standardCode: ['errors.standardCodeTaken'] } });
  const standard = await codeTakenAsFieldError(() =>
    insertStandard({
      executor: tx,
      frameworkId: framework!.id,
      code: input.standardCode,
      texts: textsOf(input, 'title'),
    }),
  );
  await audited(ctx, 'standard.create', 'standard', null, standard);
  return { standard, frameworkCode: framework!.code, refresh: EVERYTHING };
}

/** Saves a standard's texts in every language if nobody has saved it since the admin read `input.version`. */
export async function updateStandardTexts(ctx: Ctx<typeof updateStandardTextsSchema>): Promise<StandardWritten> {
  const { tx, input } = ctx;
  const locked = await lockStandard({ executor: tx, id: input.id });
  authorizeOn(ctx, locked, { type: 'standard', id: input.id });
  const { standard: before, frameworkCode } = locked!;
  const texts = textsOf(input, 'title');
  const typed = textFieldsOf(texts, 'title');
  if (before.version !== input.version) await failStale(tx, 'standard', before, input.version, typed, standardFieldsOf);
  const standard = await updateStandardTextsRow({ executor: tx, id: input.id, version: input.version, texts });
  if (!standard) return failStale(tx, 'standard', before, input.version, typed, standardFieldsOf);
  await audited(ctx, 'standard.update', 'standard', before, standard);
  return { standard, frameworkCode, refresh: EVERYTHING };
}

/**
 * Moves a standard one place up or down, swapping it with its neighbour; both moves are audited. The
 * order is the framework's, so the framework's row is locked for it, like an addition.
 */
export async function moveStandard(ctx: Ctx<typeof moveStandardSchema>): Promise<StandardWritten> {
  const { tx, input } = ctx;
  // The framework first, then its standards, as an addition takes them: two moves wait, never deadlock.
  await lockFrameworkOfStandard({ executor: tx, standardId: input.id });
  const locked = await lockStandard({ executor: tx, id: input.id });
  authorizeOn(ctx, locked, { type: 'standard', id: input.id });
  const { standard: before, frameworkCode } = locked!;
  if (before.position !== input.position)
    fail('conflict:standard', { messageKey: 'codes.conflict_order', messageValues: { code: before.code } });
  const neighbour = await lockNeighbourStandard({
    executor: tx,
    frameworkId: before.frameworkId,
    position: before.position,
    direction: input.direction,
  });
  if (!neighbour)
    fail('conflict:standard', {
      messageKey: `codes.cannotMove_${input.direction}`,
      messageValues: { code: before.code },
    });
  await swapStandardPositions({ executor: tx, first: before, second: neighbour });
  const standard: StandardSnapshot = { ...before, position: neighbour.position };
  await ctx.auditMany([
    { action: 'standard.move', entityType: 'standard', entityId: before.id, countryId: null, before, after: standard },
    {
      action: 'standard.move',
      entityType: 'standard',
      entityId: neighbour.id,
      countryId: null,
      before: neighbour,
      after: { ...neighbour, position: before.position },
    },
  ]);
  return { standard, frameworkCode, refresh: EVERYTHING };
}

/**
 * Retires a standard (no longer offered for new commitments; it stays on those linked to it and on
 * the public pages, marked as retired) or brings it back. Version-checked like any edit.
 */
export async function changeStandardRetirement(ctx: Ctx<typeof setStandardRetiredSchema>): Promise<StandardWritten> {
  const { tx, input } = ctx;
  const locked = await lockStandard({ executor: tx, id: input.id });
  authorizeOn(ctx, locked, { type: 'standard', id: input.id });
  const { standard: before, frameworkCode } = locked!;
  const retire = input.action === 'retire';
  // Already as asked (someone else did it first), or changed since the admin's page was read.
  if ((before.retiredAt !== null) === retire)
    fail('conflict:standard', {
      messageKey: retire ? 'codes.alreadyRetired' : 'codes.notRetired',
      messageValues: { code: before.code },
    });
  if (before.version !== input.version) fail('conflict:standard');
  const standard = await setStandardRetired({ executor: tx, id: input.id, version: input.version, retired: retire });
  if (!standard) fail('conflict:standard');
  await audited(ctx, `standard.${input.action}`, 'standard', before, standard);
  return { standard, frameworkCode, refresh: EVERYTHING };
}
