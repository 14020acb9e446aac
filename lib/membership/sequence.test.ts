import { describe, expect, it } from 'vitest';
import type { MembershipEventType } from '@/db/schema';
import { deriveStanding, storedDateOf } from '@/lib/standing';
import { dateSpan, insertedAt, placementOf, sequenceRefusals, type SequencedEvent } from './sequence';

const TODAY = '2026-12-03';

/** An event as the database holds it, with its date as far as it is known. */
const event = (type: MembershipEventType, date: { year: number; month?: number; day?: number } | null = null) => ({
  type,
  ...storedDateOf(date),
});

const refusalsOf = (events: readonly SequencedEvent[]) => sequenceRefusals(events, { today: TODAY });
const standingOf = (events: readonly SequencedEvent[]) =>
  deriveStanding(events.map(({ type }, sequence) => ({ type, sequence })));

// Mali as the seed records it: the date of joining is not known.
const MALI = [
  event('joined'),
  event('suspended', { year: 2012 }),
  event('reinstated', { year: 2014, month: 9, day: 25 }),
  event('suspended', { year: 2021, month: 6 }),
];

describe('the membership sequence', () => {
  it('Mali: suspended 2012, reinstated 25 September 2014, suspended June 2021 keeps every rule, and is suspended', () => {
    expect(refusalsOf(MALI)).toEqual([]);
    expect(standingOf(MALI)).toBe('suspended');
  });

  it('Mali may be reinstated now, and may leave, but not be suspended again or join a second time', () => {
    const reinstated = [...MALI, event('reinstated', { year: 2026, month: 11 })];
    expect(refusalsOf(reinstated)).toEqual([]);
    expect(standingOf(reinstated)).toBe('member');
    expect(refusalsOf([...MALI, event('left')])).toEqual([]);
    expect(refusalsOf([...MALI, event('suspended')])).toEqual([{ rule: 'alreadySuspended', index: 4 }]);
    expect(refusalsOf([...MALI, event('joined')])).toEqual([{ rule: 'joinedWhileMember', index: 4 }]);
    // A renewal of the term during the suspension is allowed, and does not lift it.
    const renewed = [...MALI, event('renewed', { year: 2022 })];
    expect(refusalsOf(renewed)).toEqual([]);
    expect(standingOf(renewed)).toBe('suspended');
  });

  it('refuses a reinstatement without an earlier suspension that is not yet lifted', () => {
    expect(refusalsOf([event('joined'), event('reinstated')])).toEqual([{ rule: 'notSuspended', index: 1 }]);
    // Mali's first suspension was lifted on 25 September 2014: a second reinstatement has nothing to lift.
    expect(refusalsOf([...MALI.slice(0, 3), event('reinstated', { year: 2015 })])).toEqual([
      { rule: 'notSuspended', index: 3 },
    ]);
  });

  it('a state that leaves and joins again: a new joining after leaving, nothing else', () => {
    const rejoined = [
      event('joined', { year: 2005 }),
      event('left', { year: 2010, month: 3 }),
      event('joined', { year: 2019, month: 7, day: 1 }),
      event('renewed', { year: 2023 }),
    ];
    expect(refusalsOf(rejoined)).toEqual([]);
    expect(standingOf(rejoined)).toBe('member');
    expect(standingOf(rejoined.slice(0, 2))).toBe('former');
    for (const type of ['renewed', 'suspended', 'reinstated', 'left'] as const)
      expect(refusalsOf([...rejoined.slice(0, 2), event(type)])).toEqual([{ rule: 'afterLeft', index: 2 }]);
    // Leaving while suspended is allowed; so is joining again afterwards.
    expect(refusalsOf([...MALI, event('left'), event('joined', { year: 2026 })])).toEqual([]);
  });

  it('nothing but joining comes first, and a member does not join twice', () => {
    for (const type of ['renewed', 'suspended', 'reinstated', 'left'] as const)
      expect(refusalsOf([event(type)])).toEqual([{ rule: 'beforeJoined', index: 0 }]);
    expect(refusalsOf([event('joined'), event('renewed'), event('joined')])).toEqual([
      { rule: 'joinedWhileMember', index: 2 },
    ]);
  });

  it('a correction of a date that would break the order is refused, naming both events', () => {
    // Mali's reinstatement corrected to May 2011 would come after the 2012 suspension but before it in time.
    const corrected = MALI.map((item, index) => (index === 2 ? event('reinstated', { year: 2011, month: 5 }) : item));
    expect(refusalsOf(corrected)).toEqual([{ rule: 'outOfOrder', index: 1, otherIndex: 2 }]);
    // To June 2012 it overlaps the year 2012, and the order holds.
    const overlapping = MALI.map((item, index) => (index === 2 ? event('reinstated', { year: 2012, month: 6 }) : item));
    expect(refusalsOf(overlapping)).toEqual([]);
    // Order is checked between every two dated events, not only neighbours: undated ones in between do not hide it.
    expect(
      refusalsOf([event('joined', { year: 2016 }), event('renewed'), event('renewed', { year: 2015, month: 4 })]),
    ).toEqual([{ rule: 'outOfOrder', index: 0, otherIndex: 2 }]);
  });

  it('takes precision into account: 2014 and 25 September 2014 may come in either order, 2015 may not come first', () => {
    const day = { year: 2014, month: 9, day: 25 };
    expect(refusalsOf([event('joined'), event('suspended', { year: 2014 }), event('reinstated', day)])).toEqual([]);
    expect(refusalsOf([event('joined'), event('suspended', day), event('reinstated', { year: 2014 })])).toEqual([]);
    expect(
      refusalsOf([event('joined'), event('suspended', { year: 2014, month: 9 }), event('reinstated', day)]),
    ).toEqual([]);
    expect(refusalsOf([event('joined'), event('suspended', { year: 2015 }), event('reinstated', day)])).toEqual([
      { rule: 'outOfOrder', index: 1, otherIndex: 2 },
    ]);
    expect(
      refusalsOf([event('joined'), event('suspended', { year: 2014, month: 10 }), event('reinstated', day)]),
    ).toEqual([{ rule: 'outOfOrder', index: 1, otherIndex: 2 }]);
  });

  it('refuses a date after today; a month or year that has begun is not in the future', () => {
    expect(refusalsOf([event('joined', { year: 2026, month: 12, day: 3 })])).toEqual([]);
    expect(refusalsOf([event('joined', { year: 2026, month: 12 })])).toEqual([]);
    expect(refusalsOf([event('joined', { year: 2026 })])).toEqual([]);
    expect(refusalsOf([event('joined', { year: 2026, month: 12, day: 4 })])).toEqual([{ rule: 'inFuture', index: 0 }]);
    expect(refusalsOf([event('joined', { year: 2027 })])).toEqual([{ rule: 'inFuture', index: 0 }]);
  });
});

describe('where a new event goes', () => {
  it('an event without a date goes at the end', () => {
    expect(placementOf(MALI, event('reinstated'))).toBe(4);
    expect(placementOf([], event('joined'))).toBe(0);
  });

  it('a dated one after the last event dated on or before it', () => {
    expect(placementOf(MALI, event('reinstated', { year: 2024, month: 3, day: 10 }))).toBe(4);
    // After the 2012 suspension, before the reinstatement of 25 September 2014.
    expect(placementOf(MALI, event('renewed', { year: 2013 }))).toBe(2);
    // "2014" begins before 25 September 2014, so it goes before it; "25 September 2014" goes after it.
    expect(placementOf(MALI, event('renewed', { year: 2014 }))).toBe(2);
    expect(placementOf(MALI, event('renewed', { year: 2014, month: 9, day: 25 }))).toBe(3);
  });

  it('one dated before every other goes before the first dated event, after the undated ones before it', () => {
    // Mali suspended in 2010: after the undated joining. The sequence then refuses the 2012 suspension,
    // which would suspend a state already suspended.
    const index = placementOf(MALI, event('suspended', { year: 2010 }));
    expect(index).toBe(1);
    expect(refusalsOf(insertedAt(MALI, index, event('suspended', { year: 2010 })))).toEqual([
      { rule: 'alreadySuspended', index: 2 },
    ]);
  });

  it('a state whose events have no date: a dated one goes at the end, so a former member can join again', () => {
    const former = [event('joined'), event('left')];
    const joined = event('joined', { year: 2026, month: 11, day: 30 });
    expect(placementOf(former, joined)).toBe(2);
    expect(refusalsOf(insertedAt(former, 2, joined))).toEqual([]);
    expect(standingOf(insertedAt(former, 2, joined))).toBe('member');
  });
});

describe('dateSpan', () => {
  it('is the first and last day a date may be', () => {
    expect(dateSpan(storedDateOf({ year: 2024, month: 2 }))).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateSpan(storedDateOf({ year: 2014 }))).toEqual({ first: '2014-01-01', last: '2014-12-31' });
    expect(dateSpan(storedDateOf({ year: 2014, month: 9, day: 25 }))).toEqual({
      first: '2014-09-25',
      last: '2014-09-25',
    });
    expect(dateSpan(storedDateOf(null))).toBeNull();
  });
});
