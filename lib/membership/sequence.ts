import type { DatePrecision, MembershipEventType } from '@/db/schema';
import { deriveStanding, type Standing } from '@/lib/standing';

/**
 * The rules a state's membership history must keep, as pure functions over its events in sequence
 * order. The services that add, correct and remove events (lib/membership/events.ts) build the whole
 * resulting sequence and refuse it when `sequenceRefusals` finds anything; the standing itself is
 * derived in one place only, `deriveStanding` (lib/standing.ts), which these rules replay event by event.
 *
 * Which event may follow which standing:
 *
 * - `joined`: only while not a member, that is before any event or after `left`. A second `joined`
 *   while a member, or while suspended, is refused: the state has to leave first.
 * - `renewed`: while a member or suspended (a term runs on during a suspension, and renewing it does
 *   not lift the suspension, as `deriveStanding` says).
 * - `suspended`: only while a member; a suspended state is not suspended again before it is reinstated.
 * - `reinstated`: only while suspended, that is after a suspension no later event has lifted.
 * - `left`: while a member or suspended (a suspended state may leave).
 * - After `left`, only a new `joined`; before the first `joined`, nothing else.
 *
 * Dates: events are ordered by `sequence`, since a date may be unknown. Where two events both have a
 * date, the earlier in the sequence may not be dated after the later one. A date is as precise as it is
 * known, so it stands for a span (a day, a month, a year): "2014" and "25 September 2014" overlap and
 * may come in either order; "2015" may not come before "25 September 2014". No event may be dated
 * after today (a date known to the month or the year counts from its first day, so "December 2026"
 * may be recorded on 3 December 2026).
 */

export type SequencedEvent = {
  type: MembershipEventType;
  /** 'YYYY-MM-DD' as stored: a month-only date on the 1st, a year-only date on 1 January; null when unknown. */
  occurredOn: string | null;
  datePrecision: DatePrecision;
};

export const MEMBERSHIP_EVENT_TYPES = [
  'joined',
  'renewed',
  'suspended',
  'reinstated',
  'left',
] as const satisfies readonly MembershipEventType[];

/** The standings each type of event may follow. */
export const ALLOWED_AFTER = {
  joined: ['none', 'former'],
  renewed: ['member', 'suspended'],
  suspended: ['member'],
  reinstated: ['suspended'],
  left: ['member', 'suspended'],
} as const satisfies Record<MembershipEventType, readonly Standing[]>;

export const SEQUENCE_RULES = [
  'beforeJoined',
  'afterLeft',
  'joinedWhileMember',
  'alreadySuspended',
  'notSuspended',
  'outOfOrder',
  'inFuture',
] as const;
export type SequenceRule = (typeof SEQUENCE_RULES)[number];

/**
 * One thing wrong with a sequence: the rule, and the index of the event that breaks it. For
 * `outOfOrder`, `index` is the event earlier in the sequence and `otherIndex` the later one, which
 * is dated before it.
 */
export type SequenceRefusal = { rule: SequenceRule; index: number; otherIndex?: number };

/** The first and last day a date may be ('YYYY-MM-DD'), or null when it is not known. */
export function dateSpan(
  event: Pick<SequencedEvent, 'occurredOn' | 'datePrecision'>,
): { first: string; last: string } | null {
  if (event.datePrecision === 'unknown' || event.occurredOn === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(event.occurredOn);
  if (!match) return null;
  const [, year, month] = match as unknown as [string, string, string, string];
  switch (event.datePrecision) {
    case 'day':
      return { first: event.occurredOn, last: event.occurredOn };
    case 'month': {
      const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
      return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(days).padStart(2, '0')}` };
    }
    case 'year':
      return { first: `${year}-01-01`, last: `${year}-12-31` };
  }
}

/** Whether `a` is certainly later than `b`: every day `a` may be comes after every day `b` may be. */
export function isDatedAfter(a: SequencedEvent, b: SequencedEvent): boolean {
  const spanA = dateSpan(a);
  const spanB = dateSpan(b);
  return spanA !== null && spanB !== null && spanA.first > spanB.last;
}

function standingRule(type: MembershipEventType, before: Standing): SequenceRule | null {
  if ((ALLOWED_AFTER[type] as readonly Standing[]).includes(before)) return null;
  if (before === 'none') return 'beforeJoined';
  if (before === 'former') return 'afterLeft';
  switch (type) {
    case 'joined':
      return 'joinedWhileMember';
    case 'suspended':
      return 'alreadySuspended';
    default:
      // Only `reinstated` is left: it needs a suspension that is not yet lifted.
      return 'notSuspended';
  }
}

/**
 * Everything wrong with `events` (in sequence order) as a history, in the order the events come:
 * an empty list when the sequence keeps every rule. `today` is 'YYYY-MM-DD' (UTC).
 */
export function sequenceRefusals(events: readonly SequencedEvent[], { today }: { today: string }): SequenceRefusal[] {
  const refusals: SequenceRefusal[] = [];
  events.forEach((event, index) => {
    const span = dateSpan(event);
    if (span && span.first > today) refusals.push({ rule: 'inFuture', index });
    const before = deriveStanding(events.slice(0, index).map(({ type }, sequence) => ({ type, sequence })));
    const rule = standingRule(event.type, before);
    if (rule) refusals.push({ rule, index });
    // The nearest earlier event first: the one a person placing this event most likely clashes with.
    for (let earlier = index - 1; earlier >= 0; earlier -= 1)
      if (isDatedAfter(events[earlier]!, event))
        refusals.push({ rule: 'outOfOrder', index: earlier, otherIndex: index });
  });
  return refusals;
}

/**
 * Where a new event goes in a state's sequence when the person recording it does not say: the index it
 * takes in `events`. An event without a date goes at the end. A dated one goes just after the last
 * event whose date begins on or before its own ("2014" is on or before "25 September 2014"; events
 * without a date are passed over); when none does, just before the first dated event; when no event
 * has a date, at the end.
 */
export function placementOf(events: readonly SequencedEvent[], event: SequencedEvent): number {
  const span = dateSpan(event);
  if (span === null) return events.length;
  let lastOnOrBefore = -1;
  let firstDated = -1;
  events.forEach((other, index) => {
    const otherSpan = dateSpan(other);
    if (otherSpan === null) return;
    if (firstDated === -1) firstDated = index;
    if (otherSpan.first <= span.first) lastOnOrBefore = index;
  });
  if (lastOnOrBefore !== -1) return lastOnOrBefore + 1;
  return firstDated === -1 ? events.length : firstDated;
}

/** `events` with `event` at `index`. */
export function insertedAt<T>(events: readonly T[], index: number, event: T): T[] {
  return [...events.slice(0, index), event, ...events.slice(index)];
}
