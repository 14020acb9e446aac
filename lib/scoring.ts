import type { ImplementationStatus } from '@/db/schema';

/**
 * The one definition of the implementation status scale and its score weights (after OGP's completion
 * scale). Queries, charts, the API and the methodology page all read it from here, so the published
 * method and the computed numbers cannot drift apart.
 */

/** The scale in display order: the four steps of progress, then the two statuses outside it. */
export const IMPLEMENTATION_STATUSES = [
  'not_started',
  'limited',
  'substantial',
  'complete',
  'withdrawn',
  'no_information',
] as const satisfies readonly ImplementationStatus[];

/**
 * Each status's weight in the score, or null when the status leaves the score. A withdrawn commitment
 * is no longer a promise, so it neither helps nor hurts; "no information" counts as no progress, so a
 * state cannot raise its score by not reporting.
 */
export const STATUS_WEIGHTS = {
  not_started: 0,
  limited: 1 / 3,
  substantial: 2 / 3,
  complete: 1,
  withdrawn: null,
  no_information: 0,
} as const satisfies Record<ImplementationStatus, number | null>;

export type StatusDistribution = Record<ImplementationStatus, number>;

export type ScoreSummary = {
  /** 0..1; null when no commitment counts (none at all, or all withdrawn). */
  score: number | null;
  /** Commitments that count towards the score. */
  counted: number;
  /** Commitments left out of the score (withdrawn). */
  excluded: number;
  distribution: StatusDistribution;
};

export function isImplementationStatus(value: unknown): value is ImplementationStatus {
  return typeof value === 'string' && (IMPLEMENTATION_STATUSES as readonly string[]).includes(value);
}

/** A distribution with every status present and zero. */
export function emptyDistribution(): StatusDistribution {
  return Object.fromEntries(IMPLEMENTATION_STATUSES.map((status) => [status, 0])) as StatusDistribution;
}

/** The score of a distribution, for callers that count statuses in SQL rather than list them. */
export function scoreOfDistribution(distribution: StatusDistribution): ScoreSummary {
  let counted = 0;
  let excluded = 0;
  let total = 0;
  for (const status of IMPLEMENTATION_STATUSES) {
    const n = distribution[status];
    const weight = STATUS_WEIGHTS[status];
    if (weight === null) {
      excluded += n;
    } else {
      counted += n;
      total += weight * n;
    }
  }
  return { score: counted === 0 ? null : total / counted, counted, excluded, distribution: { ...distribution } };
}

export function scoreOf(statuses: readonly ImplementationStatus[]): ScoreSummary {
  const distribution = emptyDistribution();
  for (const status of statuses) distribution[status] += 1;
  return scoreOfDistribution(distribution);
}

export type Trend = 'up' | 'down' | 'same' | 'new';

/**
 * Differences smaller than this are "same". Scores are shown as whole percentages, so a change that
 * would not move the shown number must not draw an arrow either; it also absorbs floating-point noise
 * from the thirds.
 */
export const TREND_TOLERANCE = 0.005;

/**
 * How a score moved from one reporting round to the next. 'new' when there is no previous score to
 * compare with. With no current score (nothing counts now) there is no movement to show: 'same'.
 */
export function trend(previous: number | null, current: number | null): Trend {
  if (previous === null) return current === null ? 'same' : 'new';
  if (current === null) return 'same';
  const change = current - previous;
  if (Math.abs(change) < TREND_TOLERANCE) return 'same';
  return change > 0 ? 'up' : 'down';
}
