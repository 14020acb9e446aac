import 'server-only';
import type { z } from 'zod';
import {
  deleteMembershipEvent,
  findMembershipEventCountryId,
  findRemovedMembershipEvent,
  insertMembershipEventAt,
  listStateMembershipEvents,
  lockMembershipCountry,
  readMembershipEventAt,
  updateMembershipEvent,
  type MembershipCountry,
  type MembershipEventRow,
  type MembershipEventValues,
} from '@/db/queries/membership';
import { todayUtc } from '@/lib/as-of';
import { fail, type ActionContext } from '@/lib/actions/context';
import type { CurrentUser } from '@/lib/auth/session';
import { formatPartialDate, partialDateOf, storedDateOf } from '@/lib/standing';
import type {
  addMembershipEventSchema,
  correctMembershipEventSchema,
  removeMembershipEventSchema,
} from '@/lib/validation/membership';
import { conflictFieldErrors } from '@/lib/workflow/failures';
import type { Refresh } from '@/lib/workflow/refresh';
import { insertedAt, placementOf, sequenceRefusals, type SequenceRefusal, type SequencedEvent } from './sequence';

/**
 * Keeping a state's membership of the Governing Council: recording an event, correcting one (any field,
 * guarded by the version the form was loaded at) and removing one (a correction too: it gives a reason,
 * and the audit log keeps the event as it was). Each locks the state's row, checks the whole sequence
 * that would result against the rules in sequence.ts, and refuses it with the rule it breaks.
 *
 * A correction keeps the event's place in the sequence; a new event goes where its date puts it
 * (`placementOf`) unless the form names a place. Every change refreshes the state's public pages, the
 * aggregates that show standing (overview, countries list, map, API), and the state's records of
 * past days, which show its standing then (`pastDays`).
 */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;
type AnyCtx = ActionContext<unknown, CurrentUser>;

export type MembershipWritten = { event: MembershipEventRow; country: MembershipCountry; refresh: Refresh };

/** What the form sent, as the event's stored values. */
type EventFieldsInput = z.output<typeof correctMembershipEventSchema>;

function valuesOf(input: Omit<EventFieldsInput, 'id' | 'version'>): MembershipEventValues {
  const { year, month, day } = input;
  const date =
    year === undefined
      ? null
      : month === undefined
        ? { year }
        : day === undefined
          ? { year, month }
          : { year, month, day };
  return {
    type: input.type,
    ...storedDateOf(date),
    decisionReference: input.decisionReference,
    decisionTitle: input.decisionTitle,
    note: input.note,
    sourceUrl: input.sourceUrl,
  };
}

function refreshOf(country: MembershipCountry): Refresh {
  return { countries: [country.iso3], pastDays: true };
}

type FieldError = { key: string; values?: Record<string, string | number> };

/** An event named in a message: its type (an ICU select) and its date as the reader's language writes it. */
function named(event: SequencedEvent, locale: string): Record<string, string> {
  return { event: event.type, date: formatPartialDate(partialDateOf(event), locale) ?? 'unknown' };
}

/**
 * Refuses a sequence that breaks a rule. `edited` is the index of the event this change adds or
 * corrects (null for a removal). A rule that event takes part in is told first, at its field (the
 * type, or the date); the message names the event at fault, with its date, since it may be another one
 * (a correction that leaves a later reinstatement with no suspension before it).
 */
function refuseSequence(events: readonly SequencedEvent[], edited: number | null, locale: string): void {
  const refusals = sequenceRefusals(events, { today: todayUtc() });
  if (refusals.length === 0) return;
  const involves = (refusal: SequenceRefusal) => refusal.index === edited || refusal.otherIndex === edited;
  const { rule, index, otherIndex } = refusals.find(involves) ?? refusals[0]!;

  let message: FieldError;
  if (rule === 'outOfOrder') {
    // Told from the side of the edited event: dated after a later one, or before an earlier one.
    message =
      otherIndex === edited
        ? { key: 'refusals.datedBeforeEarlier', values: named(events[index]!, locale) }
        : { key: 'refusals.datedAfterLater', values: named(events[otherIndex!]!, locale) };
  } else if (rule === 'inFuture') {
    message = { key: 'refusals.inFuture' };
  } else {
    message = { key: `refusals.${rule}`, values: named(events[index]!, locale) };
  }
  const field = rule === 'outOfOrder' || rule === 'inFuture' ? 'date' : 'type';
  // A removal has no field of the event to point at: the refusal stands for the whole form.
  fail('validation', { fieldErrors: { [edited === null ? '_form' : field]: [message] } });
}

/** The fields as the form has them, for naming what someone else changed. */
function formFieldsOf(event: MembershipEventValues) {
  return {
    type: event.type,
    date: `${event.datePrecision}:${event.occurredOn ?? ''}`,
    decisionReference: event.decisionReference,
    decisionTitle: event.decisionTitle,
    note: event.note,
    sourceUrl: event.sourceUrl,
  };
}

function changedFields(a: MembershipEventValues, b: MembershipEventValues): (keyof ReturnType<typeof formFieldsOf>)[] {
  const left = formFieldsOf(a);
  const right = formFieldsOf(b);
  return (Object.keys(left) as (keyof typeof left)[]).filter((field) => (left[field] ?? '') !== (right[field] ?? ''));
}

/**
 * Someone saved first: nothing is written. On a correction, each field they changed since `version` is
 * named with its value now (the type as an ICU select, the date in the reader's language); without a
 * record of that version (an event loaded before the audit log), each field where the event now
 * differs from the input. A removal has no such fields, and says only that the event changed.
 */
async function failStale(
  ctx: AnyCtx,
  current: MembershipEventRow,
  version: number,
  input: MembershipEventValues | null,
): Promise<never> {
  if (input === null) return fail('conflict:membership', { messageKey: 'codes.conflict_membership_removal' });
  const base = await readMembershipEventAt({ executor: ctx.tx, id: current.id, version });
  const changed = changedFields(base ?? input, current);
  const fieldErrors: Record<string, FieldError[]> = conflictFieldErrors(
    changed.filter((field) => field !== 'type' && field !== 'date'),
    current,
  );
  if (changed.includes('type')) fieldErrors.type = [{ key: 'conflict.changedType', values: { event: current.type } }];
  if (changed.includes('date'))
    fieldErrors.date = [{ key: 'conflict.changedDate', values: { date: named(current, ctx.locale).date! } }];
  return fail('conflict:membership', { fieldErrors });
}

/**
 * The event `id` and its state, locked, with the state's events. An event that is gone was removed by
 * someone else (a conflict, said as such) or never existed ("not found", like any other refusal).
 */
async function lockEvent(ctx: AnyCtx, id: number) {
  const countryId = await findMembershipEventCountryId({ executor: ctx.tx, id });
  const country = countryId === null ? null : await lockMembershipCountry({ executor: ctx.tx, id: countryId });
  const events = country ? await listStateMembershipEvents({ executor: ctx.tx, countryId: country.id }) : [];
  const index = events.findIndex((event) => event.id === id);
  if (index === -1) {
    const removed = await findRemovedMembershipEvent({ executor: ctx.tx, id });
    ctx.authorize('membership.manage', removed && { countryId: removed.countryId }, { type: 'membership', id });
    fail('conflict:membership', { messageKey: 'codes.conflict_removed' });
  }
  ctx.authorize('membership.manage', { countryId: country!.id }, { type: 'membership', id });
  return { country: country!, events, index, event: events[index]! };
}

/** Records an event in a state's history, where its date (or the form) puts it. */
export async function addMembershipEvent(ctx: Ctx<typeof addMembershipEventSchema>): Promise<MembershipWritten> {
  const { tx, input } = ctx;
  const country = await lockMembershipCountry({ executor: tx, iso3: input.country });
  ctx.authorize('membership.manage', country && { countryId: country.id }, { type: 'membership', id: input.country });
  const events = await listStateMembershipEvents({ executor: tx, countryId: country!.id });
  const values = valuesOf(input);
  const index =
    input.place === 'date'
      ? placementOf(events, values)
      : input.place === 'start'
        ? 0
        : events.findIndex((event) => event.id === input.place) + 1;
  // After an event that is not (or no longer) in this state's history: the list moved on.
  if (typeof input.place === 'number' && index === 0) fail('validation', { fieldErrors: { place: ['errors.place'] } });
  refuseSequence(insertedAt<SequencedEvent>(events, index, values), index, ctx.locale);

  const event = await insertMembershipEventAt({ executor: tx, countryId: country!.id, index, values });
  await ctx.audit({
    action: 'membership.add',
    entityType: 'membership_event',
    entityId: event.id,
    countryId: country!.id,
    before: null,
    after: event,
  });
  return { event, country: country!, refresh: refreshOf(country!) };
}

/** Corrects any field of an event, in its place in the sequence, if nobody has saved it since `version`. */
export async function correctMembershipEvent(
  ctx: Ctx<typeof correctMembershipEventSchema>,
): Promise<MembershipWritten> {
  const { tx, input } = ctx;
  const { country, events, index, event: before } = await lockEvent(ctx, input.id);
  const values = valuesOf(input);
  if (before.version !== input.version) await failStale(ctx, before, input.version, values);
  refuseSequence(
    events.map((event, at) => (at === index ? { ...event, ...values } : event)),
    index,
    ctx.locale,
  );

  const event = await updateMembershipEvent({ executor: tx, id: input.id, version: input.version, values });
  if (!event) return failStale(ctx, before, input.version, values);
  await ctx.audit({
    action: 'membership.correct',
    entityType: 'membership_event',
    entityId: event.id,
    countryId: country.id,
    before,
    after: event,
  });
  return { event, country, refresh: refreshOf(country) };
}

/**
 * Removes an event recorded in error, if nobody has saved it since `version` and the history without it
 * still keeps the rules. The audit event keeps the removed event as `before`, and the reason.
 */
export async function removeMembershipEvent(ctx: Ctx<typeof removeMembershipEventSchema>): Promise<MembershipWritten> {
  const { tx, input } = ctx;
  const { country, events, index, event: before } = await lockEvent(ctx, input.id);
  if (before.version !== input.version) await failStale(ctx, before, input.version, null);
  refuseSequence(
    events.filter((_, at) => at !== index),
    null,
    ctx.locale,
  );

  const event = await deleteMembershipEvent({ executor: tx, id: input.id, version: input.version });
  if (!event) return failStale(ctx, before, input.version, null);
  await ctx.audit({
    action: 'membership.remove',
    entityType: 'membership_event',
    entityId: event.id,
    countryId: country.id,
    before: event,
    after: { reason: input.reason },
  });
  return { event, country, refresh: refreshOf(country) };
}
