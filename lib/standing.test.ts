import { describe, expect, it } from 'vitest';
import {
  deriveStanding,
  deriveStandings,
  formatPartialDate,
  partialDateOf,
  storedDateOf,
  type StandingEvent,
} from './standing';
import type { MembershipEventType } from '@/db/schema';

const history = (...types: MembershipEventType[]): StandingEvent[] =>
  types.map((type, index) => ({ type, sequence: index + 1 }));

describe('deriveStanding', () => {
  it('is none without events', () => {
    expect(deriveStanding([])).toBe('none');
  });

  it('is member after joining, and after a renewal', () => {
    expect(deriveStanding(history('joined'))).toBe('member');
    expect(deriveStanding(history('joined', 'renewed'))).toBe('member');
    expect(deriveStanding(history('joined', 'renewed', 'renewed'))).toBe('member');
  });

  it('follows Mali: joined, suspended 2012, reinstated 25 Sep 2014, suspended June 2021 => suspended', () => {
    expect(deriveStanding(history('joined', 'suspended', 'reinstated', 'suspended'))).toBe('suspended');
  });

  it('is member again after reinstatement', () => {
    expect(deriveStanding(history('joined', 'suspended', 'reinstated'))).toBe('member');
  });

  it('is former after leaving', () => {
    expect(deriveStanding(history('joined', 'left'))).toBe('former');
    expect(deriveStanding(history('joined', 'suspended', 'left'))).toBe('former');
  });

  it('is member again after leaving and rejoining', () => {
    expect(deriveStanding(history('joined', 'left', 'joined'))).toBe('member');
  });

  it('keeps a suspension through a renewal of the term', () => {
    expect(deriveStanding(history('joined', 'suspended', 'renewed'))).toBe('suspended');
  });

  it('orders by sequence, not by array position', () => {
    const events: StandingEvent[] = [
      { type: 'suspended', sequence: 4 },
      { type: 'joined', sequence: 1 },
      { type: 'reinstated', sequence: 3 },
      { type: 'suspended', sequence: 2 },
    ];
    expect(deriveStanding(events)).toBe('suspended');
    expect(
      deriveStanding([
        { type: 'left', sequence: 1 },
        { type: 'joined', sequence: 2 },
      ]),
    ).toBe('member');
  });
});

describe('deriveStandings', () => {
  it('derives each country from its own events only', () => {
    const standings = deriveStandings([
      { countryId: 1, type: 'joined', sequence: 1 },
      { countryId: 2, type: 'joined', sequence: 1 },
      { countryId: 2, type: 'left', sequence: 2 },
      { countryId: 3, type: 'suspended', sequence: 2 },
      { countryId: 3, type: 'joined', sequence: 1 },
    ]);
    expect([...standings].sort(([a], [b]) => a - b)).toEqual([
      [1, 'member'],
      [2, 'former'],
      [3, 'suspended'],
    ]);
    expect(standings.get(4)).toBeUndefined();
  });
});

describe('partialDateOf', () => {
  it('keeps every part of a day-precision date', () => {
    expect(partialDateOf({ occurredOn: '2014-09-25', datePrecision: 'day' })).toEqual({
      precision: 'day',
      year: 2014,
      month: 9,
      day: 25,
    });
  });

  it('drops the placeholder day of a month-precision date', () => {
    expect(partialDateOf({ occurredOn: '2021-06-01', datePrecision: 'month' })).toEqual({
      precision: 'month',
      year: 2021,
      month: 6,
      day: null,
    });
  });

  it('drops the placeholder month and day of a year-precision date', () => {
    expect(partialDateOf({ occurredOn: '2012-01-01', datePrecision: 'year' })).toEqual({
      precision: 'year',
      year: 2012,
      month: null,
      day: null,
    });
  });

  it('reads an unknown or missing date as unknown', () => {
    const unknown = { precision: 'unknown', year: null, month: null, day: null };
    expect(partialDateOf({ occurredOn: null, datePrecision: 'unknown' })).toEqual(unknown);
    expect(partialDateOf({ occurredOn: '2019-01-01', datePrecision: 'unknown' })).toEqual(unknown);
    expect(partialDateOf({ occurredOn: null, datePrecision: 'day' })).toEqual(unknown);
    expect(partialDateOf({ occurredOn: 'not a date', datePrecision: 'year' })).toEqual(unknown);
  });
});

describe('storedDateOf', () => {
  it('stores a partial date as the first day of what is known', () => {
    expect(storedDateOf({ year: 2012 })).toEqual({ occurredOn: '2012-01-01', datePrecision: 'year' });
    expect(storedDateOf({ year: 2023, month: 7 })).toEqual({ occurredOn: '2023-07-01', datePrecision: 'month' });
    expect(storedDateOf({ year: 2014, month: 9, day: 25 })).toEqual({ occurredOn: '2014-09-25', datePrecision: 'day' });
    expect(storedDateOf(null)).toEqual({ occurredOn: null, datePrecision: 'unknown' });
  });

  it('round-trips through partialDateOf', () => {
    expect(partialDateOf(storedDateOf({ year: 2023, month: 7 }))).toEqual({
      precision: 'month',
      year: 2023,
      month: 7,
      day: null,
    });
  });
});

describe('formatPartialDate', () => {
  it('shows only the known parts, in the given locale', () => {
    expect(formatPartialDate({ precision: 'day', year: 2014, month: 9, day: 25 }, 'en-GB')).toBe('25 September 2014');
    // The app's English writes dates as the Community does, day first.
    expect(formatPartialDate({ precision: 'day', year: 2014, month: 9, day: 25 }, 'en')).toBe('25 September 2014');
    expect(formatPartialDate({ precision: 'month', year: 2021, month: 6, day: null }, 'en-GB')).toBe('June 2021');
    expect(formatPartialDate({ precision: 'month', year: 2021, month: 6, day: null }, 'fr')).toBe('juin 2021');
    expect(formatPartialDate({ precision: 'year', year: 2012, month: null, day: null }, 'en-GB')).toBe('2012');
  });

  it('leaves an unknown date to the UI', () => {
    expect(formatPartialDate({ precision: 'unknown', year: null, month: null, day: null }, 'en-GB')).toBeNull();
  });
});
