import type { DatePrecision, MembershipEventType } from '@/db/schema';
import { formatDate } from '@/lib/format';

/**
 * A state's standing on the Governing Council, derived from its membership events. Nothing stores the
 * standing itself, so it can never disagree with the dated history the public reads.
 */

export type Standing = 'member' | 'suspended' | 'former' | 'none';

export const STANDINGS = ['member', 'suspended', 'former', 'none'] as const satisfies readonly Standing[];

export type StandingEvent = { type: MembershipEventType; sequence: number };

/**
 * Replays the events in `sequence` order (dates may be unknown, so they cannot order events).
 * A renewal of a suspended state's term does not lift the suspension; only reinstatement does.
 * Any other event sets the standing it names, so a state that left and later joined again is a member.
 */
export function deriveStanding(events: readonly StandingEvent[]): Standing {
  const ordered = [...events].sort((a, b) => a.sequence - b.sequence);
  let standing: Standing = 'none';
  for (const event of ordered) {
    switch (event.type) {
      case 'joined':
      case 'reinstated':
        standing = 'member';
        break;
      case 'renewed':
        if (standing !== 'suspended') standing = 'member';
        break;
      case 'suspended':
        standing = 'suspended';
        break;
      case 'left':
        standing = 'former';
        break;
    }
  }
  return standing;
}

/**
 * An event date as far as it is known, for the UI to localise (e.g. with Intl.DateTimeFormat).
 * Parts that are not known are null, never guessed.
 */
export type PartialDate =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number; day: null }
  | { precision: 'year'; year: number; month: null; day: null }
  | { precision: 'unknown'; year: null; month: null; day: null };

const UNKNOWN: PartialDate = { precision: 'unknown', year: null, month: null, day: null };

/**
 * `occurredOn` is a 'YYYY-MM-DD' string as stored; a year-only date is stored as 1 January and a
 * month-only date as the 1st, so those placeholder parts are dropped here. A missing or malformed
 * date reads as unknown whatever the precision says.
 */
export function partialDateOf({
  occurredOn,
  datePrecision,
}: {
  occurredOn: string | null;
  datePrecision: DatePrecision;
}): PartialDate {
  if (datePrecision === 'unknown' || occurredOn === null) return UNKNOWN;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(occurredOn);
  if (!match) return UNKNOWN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  switch (datePrecision) {
    case 'year':
      return { precision: 'year', year, month: null, day: null };
    case 'month':
      return { precision: 'month', year, month, day: null };
    case 'day':
      return { precision: 'day', year, month, day };
  }
}

/**
 * The stored form of a partially known date: what `occurredOn` and `datePrecision` hold.
 * The inverse of `partialDateOf`.
 */
export function storedDateOf(date: { year: number; month?: number; day?: number } | null): {
  occurredOn: string | null;
  datePrecision: DatePrecision;
} {
  if (date === null) return { occurredOn: null, datePrecision: 'unknown' };
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = String(date.year).padStart(4, '0');
  if (date.month === undefined) return { occurredOn: `${year}-01-01`, datePrecision: 'year' };
  if (date.day === undefined) return { occurredOn: `${year}-${pad(date.month)}-01`, datePrecision: 'month' };
  return { occurredOn: `${year}-${pad(date.month)}-${pad(date.day)}`, datePrecision: 'day' };
}

/**
 * Formats a partial date for `locale` with only the known parts ("June 2021", "juin 2021", "2012").
 * Returns null for an unknown date: the UI shows its own translated "Date not known".
 */
export function formatPartialDate(date: PartialDate, locale: string): string | null {
  if (date.precision === 'unknown') return null;
  const instant = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1, 12));
  return formatDate(instant, locale, date.precision === 'day' ? 'long' : date.precision);
}

/** Standing per country from the events of many countries at once (one query, no N+1). */
export function deriveStandings<K>(events: readonly (StandingEvent & { countryId: K })[]): Map<K, Standing> {
  const byCountry = new Map<K, StandingEvent[]>();
  for (const event of events) {
    const list = byCountry.get(event.countryId);
    if (list) list.push(event);
    else byCountry.set(event.countryId, [event]);
  }
  return new Map([...byCountry].map(([countryId, list]) => [countryId, deriveStanding(list)]));
}
