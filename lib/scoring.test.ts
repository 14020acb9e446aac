import { describe, expect, it } from 'vitest';
import {
  IMPLEMENTATION_STATUSES,
  STATUS_WEIGHTS,
  emptyDistribution,
  isImplementationStatus,
  scoreOf,
  scoreOfDistribution,
  trend,
} from './scoring';
import { implementationStatusEnum } from '@/db/schema';

describe('the status scale', () => {
  it('lists every stored status once, in display order', () => {
    expect(IMPLEMENTATION_STATUSES).toEqual([
      'not_started',
      'limited',
      'substantial',
      'complete',
      'withdrawn',
      'no_information',
    ]);
    expect([...IMPLEMENTATION_STATUSES].sort()).toEqual([...implementationStatusEnum.enumValues].sort());
  });

  it('weighs the steps 0, 1/3, 2/3, 1, leaves withdrawn out and counts no information as 0', () => {
    expect(STATUS_WEIGHTS).toEqual({
      not_started: 0,
      limited: 1 / 3,
      substantial: 2 / 3,
      complete: 1,
      withdrawn: null,
      no_information: 0,
    });
  });

  it('recognises statuses', () => {
    expect(isImplementationStatus('complete')).toBe(true);
    expect(isImplementationStatus('done')).toBe(false);
    expect(isImplementationStatus(undefined)).toBe(false);
  });
});

describe('scoreOf', () => {
  it('has no score when nothing counts', () => {
    expect(scoreOf([])).toEqual({ score: null, counted: 0, excluded: 0, distribution: emptyDistribution() });
    expect(scoreOf(['withdrawn', 'withdrawn'])).toMatchObject({ score: null, counted: 0, excluded: 2 });
  });

  it('averages the weights: complete + limited = (1 + 1/3) / 2 = 2/3', () => {
    const summary = scoreOf(['complete', 'limited']);
    expect(summary.score).toBeCloseTo(2 / 3, 10);
    expect(summary.counted).toBe(2);
  });

  it('leaves withdrawn commitments out of the score: complete + withdrawn = 1', () => {
    const summary = scoreOf(['complete', 'withdrawn']);
    expect(summary.score).toBe(1);
    expect(summary.counted).toBe(1);
    expect(summary.excluded).toBe(1);
    expect(summary.distribution.withdrawn).toBe(1);
  });

  it('counts no information as 0: complete + no_information = 0.5', () => {
    const summary = scoreOf(['complete', 'no_information']);
    expect(summary.score).toBe(0.5);
    expect(summary.counted).toBe(2);
    expect(summary.excluded).toBe(0);
  });

  it('works a mixed example through', () => {
    // (0 + 1/3 + 2/3 + 2/3 + 1 + 0) / 6 = (8/3) / 6 = 4/9; the withdrawn one is left out.
    const summary = scoreOf([
      'not_started',
      'limited',
      'substantial',
      'substantial',
      'complete',
      'withdrawn',
      'no_information',
    ]);
    expect(summary.score).toBeCloseTo(4 / 9, 10);
    expect(summary).toMatchObject({
      counted: 6,
      excluded: 1,
      distribution: { not_started: 1, limited: 1, substantial: 2, complete: 1, withdrawn: 1, no_information: 1 },
    });
  });

  it('agrees with scoreOfDistribution', () => {
    const distribution = { ...emptyDistribution(), limited: 3, complete: 1, withdrawn: 2 };
    expect(scoreOfDistribution(distribution)).toEqual(
      scoreOf(['limited', 'limited', 'limited', 'complete', 'withdrawn', 'withdrawn']),
    );
    expect(scoreOfDistribution(distribution).score).toBeCloseTo(0.5, 10);
  });
});

describe('trend', () => {
  it('is new without a previous score', () => {
    expect(trend(null, 0.5)).toBe('new');
  });

  it('is up or down beyond the tolerance', () => {
    expect(trend(1 / 3, 2 / 3)).toBe('up');
    expect(trend(0.5, 0.4)).toBe('down');
    expect(trend(0.5, 0.51)).toBe('up');
  });

  it('is same within the tolerance, including floating-point noise', () => {
    expect(trend(0.5, 0.5)).toBe('same');
    expect(trend(0.5, 0.503)).toBe('same');
    expect(trend(2 / 3, (1 / 3) * 2)).toBe('same');
  });

  it('is same when there is no current score', () => {
    expect(trend(0.5, null)).toBe('same');
    expect(trend(null, null)).toBe('same');
  });
});
