import { describe, expect, it } from 'vitest';
import { isStale, latestTrend, progressByStandard, scoresByRound, type HistoryReport } from '@/lib/score-history';

const rounds = [
  { id: 2, title: 'Round 2', opensOn: '2026-11-14', deadline: '2026-12-19' },
  { id: 1, title: 'Round 1', opensOn: '2026-05-12', deadline: '2026-06-26' },
];
const at = (day: string) => new Date(`${day}T12:00:00Z`);

describe('scoresByRound', () => {
  it('carries each commitment’s latest verified status forward, and counts unreported ones as no information', () => {
    // Canada in the demo data: round 1 complete, limited, nothing; round 2 adds substantial and withdrawn.
    const reports: HistoryReport[] = [
      { commitmentId: 1, roundId: 1, assessedStatus: 'complete', reviewedAt: at('2026-07-05') },
      { commitmentId: 2, roundId: 1, assessedStatus: 'limited', reviewedAt: at('2026-07-01') },
      { commitmentId: 2, roundId: 2, assessedStatus: 'substantial', reviewedAt: at('2026-11-19') },
      { commitmentId: 3, roundId: 2, assessedStatus: 'withdrawn', reviewedAt: at('2026-11-20') },
    ];
    const commitments = [1, 2, 3].map((id) => ({ id, publishedOn: '2018-07-15' }));
    const history = scoresByRound({ rounds, commitments, reports });
    expect(history.map((round) => round.title)).toEqual(['Round 1', 'Round 2']);
    // Round 1: (1 + 1/3 + 0) / 3 = 4/9; no information counts as zero.
    expect(history[0]!.score).toBeCloseTo(4 / 9, 10);
    expect(history[0]!.counted).toBe(3);
    // Round 2: withdrawn leaves the score: (1 + 2/3) / 2 = 5/6.
    expect(history[1]!.score).toBeCloseTo(5 / 6, 10);
    expect(history[1]!.counted).toBe(2);
    expect(latestTrend(history)).toEqual({ trend: 'up', previous: history[0]!.score, latest: history[1]!.score });
  });

  it('ignores reports of later rounds and commitments published after a round’s deadline', () => {
    const reports: HistoryReport[] = [
      { commitmentId: 1, roundId: 2, assessedStatus: 'complete', reviewedAt: at('2026-11-20') },
    ];
    const commitments = [
      { id: 1, publishedOn: '2018-07-15' },
      { id: 2, publishedOn: '2026-09-01' },
    ];
    const [first, second] = scoresByRound({ rounds, commitments, reports });
    expect(first!.score).toBe(0);
    expect(first!.counted).toBe(1);
    expect(second!.score).toBe(0.5);
    expect(second!.counted).toBe(2);
  });

  it('gives no score when nothing counts, and a trend only with two rounds', () => {
    const reports: HistoryReport[] = [
      { commitmentId: 1, roundId: 1, assessedStatus: 'withdrawn', reviewedAt: at('2026-07-01') },
    ];
    const history = scoresByRound({ rounds: [rounds[1]!], commitments: [{ id: 1, publishedOn: null }], reports });
    expect(history[0]!.score).toBeNull();
    expect(latestTrend(history).trend).toBe('same');
    expect(latestTrend([{ ...history[0]!, score: 0.5 }]).trend).toBe('new');
    expect(latestTrend([]).trend).toBe('same');
  });

  it('calls a change that would not move the shown whole percentage "same"', () => {
    const base = { roundId: 1, title: 'R', opensOn: '2026-01-01', deadline: '2026-02-01', counted: 3 };
    expect(
      latestTrend([
        { ...base, score: 1 / 3 },
        { ...base, roundId: 2, score: 1 / 3 + 0.001 },
      ]).trend,
    ).toBe('same');
    expect(
      latestTrend([
        { ...base, score: 2 / 3 },
        { ...base, roundId: 2, score: 1 / 3 },
      ]).trend,
    ).toBe('down');
  });
});

describe('progressByStandard', () => {
  it('scores each standard from the commitments that name it, listing standards with none', () => {
    const rows = progressByStandard(
      [
        { code: 'CSS-1', title: 'One' },
        { code: 'CSS-2', title: 'Two' },
      ],
      [
        { status: 'complete', standards: [{ code: 'CSS-1' }] },
        { status: 'no_information', standards: [{ code: 'CSS-1' }] },
      ],
    );
    expect(rows[0]).toMatchObject({ code: 'CSS-1', commitments: 2, score: 0.5 });
    expect(rows[0]!.distribution.no_information).toBe(1);
    expect(rows[1]).toMatchObject({ code: 'CSS-2', commitments: 0, score: null });
  });
});

describe('isStale', () => {
  it('marks a last verified update older than a year', () => {
    const now = at('2026-11-28');
    expect(isStale(at('2025-11-01'), now)).toBe(true);
    expect(isStale(at('2026-01-01'), now)).toBe(false);
    expect(isStale(null, now)).toBe(false);
  });
});
