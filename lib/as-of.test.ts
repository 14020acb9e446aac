import { describe, expect, it } from 'vitest';
import {
  changesBetween,
  endOfDay,
  isSettled,
  recordAsOf,
  type AsOfAuditEvent,
  type AsOfCommitment,
  type AsOfInputs,
  type AsOfReport,
} from './as-of';

/** Worked examples of the record as published on a given day (the rule is stated in as-of.ts). */

const at = (iso: string) => new Date(iso);

function commitment(overrides: Partial<AsOfCommitment> & { id: number; ref: string }): AsOfCommitment {
  return {
    title: `Commitment ${overrides.ref}`,
    language: 'en',
    targetDate: null,
    standards: [],
    publication: 'published',
    status: 'no_information',
    publishedAt: at('2020-01-10T09:00:00Z'),
    archivedAt: null,
    ...overrides,
  };
}

function report(overrides: Partial<AsOfReport> & { id: number; commitmentId: number; reviewedAt: Date }): AsOfReport {
  return {
    claimedStatus: 'complete',
    assessedStatus: 'substantial',
    publicNote: null,
    reportedOn: '2020-01-01',
    ...overrides,
  };
}

const snapshot = (publication: string, status: string, title = 'Title') => ({ publication, status, title });

describe('recordAsOf', () => {
  it('ends a day at midnight UTC of the next', () => {
    expect(endOfDay('2024-02-28').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(endOfDay('2024-12-31').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('settles a day an hour after it ends, never while it lasts', () => {
    expect(isSettled('2024-02-28', at('2024-02-28T23:59:59Z'))).toBe(false);
    expect(isSettled('2024-02-28', at('2024-02-29T00:59:59.999Z'))).toBe(false);
    expect(isSettled('2024-02-28', at('2024-02-29T01:00:00Z'))).toBe(true);
    expect(isSettled('2024-02-28', at('2026-01-01T00:00:00Z'))).toBe(true);
  });

  it('does not count a report verified after the day; counts it from the day it was verified', () => {
    const inputs: AsOfInputs = {
      commitments: [commitment({ id: 1, ref: 'NOR-2020-01', status: 'complete' })],
      audit: [],
      reports: [
        report({ id: 1, commitmentId: 1, assessedStatus: 'limited', reviewedAt: at('2021-03-01T12:00:00Z') }),
        report({ id: 2, commitmentId: 1, assessedStatus: 'complete', reviewedAt: at('2022-06-30T23:59:59Z') }),
      ],
      events: [],
    };
    const before = recordAsOf(inputs, '2022-06-29');
    expect(before.commitments[0]).toMatchObject({ status: 'limited', latestVerified: { id: 1 } });
    // 1/3: the only counted commitment was assessed as limited.
    expect(before.score).toBeCloseTo(1 / 3, 10);
    expect(before.lastVerifiedAt).toEqual(at('2021-03-01T12:00:00Z'));
    // The second verification, one second before midnight UTC, counts on its own day.
    const onTheDay = recordAsOf(inputs, '2022-06-30');
    expect(onTheDay.commitments[0]).toMatchObject({ status: 'complete', latestVerified: { id: 2 } });
    expect(onTheDay.score).toBe(1);
    expect(changesBetween(before, onTheDay)).toEqual([
      {
        ref: 'NOR-2020-01',
        title: 'Commitment NOR-2020-01',
        language: 'en',
        change: 'status',
        statusThen: 'limited',
        statusNow: 'complete',
      },
    ]);
  });

  it('shows a commitment archived after the day as it was, from the audit log', () => {
    const audit: AsOfAuditEvent[] = [
      {
        commitmentId: 1,
        occurredAt: at('2020-01-10T09:00:00Z'),
        before: snapshot('draft', 'not_started', 'Old title'),
        after: snapshot('published', 'not_started', 'Old title'),
      },
      {
        commitmentId: 1,
        occurredAt: at('2023-05-05T08:00:00Z'),
        before: snapshot('published', 'not_started', 'Old title'),
        after: snapshot('archived', 'not_started', 'Old title'),
      },
    ];
    const inputs: AsOfInputs = {
      commitments: [
        commitment({
          id: 1,
          ref: 'NOR-2020-01',
          title: 'Old title',
          publication: 'archived',
          status: 'not_started',
          archivedAt: at('2023-05-05T08:00:00Z'),
        }),
      ],
      audit,
      reports: [],
      events: [],
    };
    expect(recordAsOf(inputs, '2023-05-04').commitments).toEqual([
      expect.objectContaining({ ref: 'NOR-2020-01', status: 'not_started', latestVerified: null }),
    ]);
    expect(recordAsOf(inputs, '2023-05-04').score).toBe(0);
    expect(recordAsOf(inputs, '2023-05-05').commitments).toEqual([]);
    expect(recordAsOf(inputs, '2023-05-05').score).toBeNull();
    // Before it was first published it was a draft: not on the record either.
    expect(recordAsOf(inputs, '2020-01-09').commitments).toEqual([]);
  });

  it('without an audit record, goes by the first publication and archiving times; an unpublished draft never shows', () => {
    const inputs: AsOfInputs = {
      commitments: [
        commitment({ id: 1, ref: 'PRT-2022-01', publication: 'archived', archivedAt: at('2024-01-01T00:00:00Z') }),
        // Went public once and was unpublished at a time nothing recorded: it cannot be shown to have been public.
        commitment({ id: 2, ref: 'PRT-2022-02', publication: 'draft' }),
      ],
      audit: [],
      reports: [],
      events: [],
    };
    expect(recordAsOf(inputs, '2023-12-31').commitments.map((c) => c.ref)).toEqual(['PRT-2022-01']);
    expect(recordAsOf(inputs, '2024-01-01').commitments).toEqual([]);
  });

  it('answers plainly for a day before any record: no commitment, no score, no standing', () => {
    const inputs: AsOfInputs = {
      commitments: [commitment({ id: 1, ref: 'NOR-2020-01' })],
      audit: [],
      reports: [report({ id: 1, commitmentId: 1, reviewedAt: at('2021-01-01T00:00:00Z') })],
      events: [{ type: 'joined', sequence: 1, occurredOn: '2019-01-01', datePrecision: 'year' }],
    };
    expect(recordAsOf(inputs, '2018-12-31')).toEqual({
      day: '2018-12-31',
      standing: 'none',
      commitments: [],
      score: null,
      distribution: { not_started: 0, limited: 0, substantial: 0, complete: 0, withdrawn: 0, no_information: 0 },
      lastVerifiedAt: null,
    });
    // After publication but before the first verification: counted as no information (seed data has no log).
    expect(recordAsOf(inputs, '2020-06-01').commitments[0]?.status).toBe('no_information');
  });

  it('before any verification, shows the status the commitment was logged with when the log has it', () => {
    const inputs: AsOfInputs = {
      commitments: [commitment({ id: 1, ref: 'NOR-2020-01', status: 'complete' })],
      audit: [
        { commitmentId: 1, occurredAt: at('2020-01-05T00:00:00Z'), before: null, after: snapshot('draft', 'limited') },
      ],
      reports: [report({ id: 1, commitmentId: 1, assessedStatus: 'complete', reviewedAt: at('2021-01-01T00:00:00Z') })],
      events: [],
    };
    // Published at 2020-01-10 (publishedAt) with no publish event in the log: the only move is the creation as a draft.
    expect(recordAsOf(inputs, '2020-06-01').commitments).toEqual([]);
    const published = {
      ...inputs,
      audit: [
        ...inputs.audit,
        {
          commitmentId: 1,
          occurredAt: at('2020-01-10T09:00:00Z'),
          before: snapshot('draft', 'limited'),
          after: snapshot('published', 'limited'),
        },
      ],
    };
    expect(recordAsOf(published, '2020-06-01').commitments[0]?.status).toBe('limited');
    expect(recordAsOf(published, '2021-01-01').commitments[0]?.status).toBe('complete');
  });

  it('replays membership events up to the first one dated after the day; an undated one goes with the one before', () => {
    const events = [
      { type: 'joined' as const, sequence: 1, occurredOn: null, datePrecision: 'unknown' as const },
      { type: 'suspended' as const, sequence: 2, occurredOn: '2021-06-01', datePrecision: 'month' as const },
      { type: 'reinstated' as const, sequence: 3, occurredOn: '2023-01-01', datePrecision: 'year' as const },
    ];
    const standing = (day: string) => recordAsOf({ commitments: [], audit: [], reports: [], events }, day).standing;
    expect(standing('2021-05-31')).toBe('member');
    expect(standing('2021-06-01')).toBe('suspended');
    expect(standing('2022-12-31')).toBe('suspended');
    expect(standing('2023-01-01')).toBe('member');
  });

  it('lists what changed since, commitment by commitment: added, removed, moved, verified again', () => {
    const base = { audit: [], events: [] };
    const then = recordAsOf(
      {
        ...base,
        commitments: [
          commitment({ id: 1, ref: 'A-1', publishedAt: at('2020-01-01T00:00:00Z') }),
          commitment({ id: 2, ref: 'A-2', publication: 'archived', archivedAt: at('2022-01-01T00:00:00Z') }),
          commitment({ id: 3, ref: 'A-3', publishedAt: at('2023-01-01T00:00:00Z') }),
        ],
        reports: [
          report({ id: 1, commitmentId: 1, assessedStatus: 'limited', reviewedAt: at('2020-06-01T00:00:00Z') }),
          report({ id: 2, commitmentId: 1, assessedStatus: 'limited', reviewedAt: at('2023-06-01T00:00:00Z') }),
        ],
      },
      '2021-01-01',
    );
    const now = recordAsOf(
      {
        ...base,
        commitments: [
          commitment({ id: 1, ref: 'A-1', publishedAt: at('2020-01-01T00:00:00Z') }),
          commitment({ id: 2, ref: 'A-2', publication: 'archived', archivedAt: at('2022-01-01T00:00:00Z') }),
          commitment({ id: 3, ref: 'A-3', publishedAt: at('2023-01-01T00:00:00Z') }),
        ],
        reports: [
          report({ id: 1, commitmentId: 1, assessedStatus: 'limited', reviewedAt: at('2020-06-01T00:00:00Z') }),
          report({ id: 2, commitmentId: 1, assessedStatus: 'limited', reviewedAt: at('2023-06-01T00:00:00Z') }),
        ],
      },
      '2024-01-01',
    );
    expect(changesBetween(then, now).map(({ ref, change }) => [ref, change])).toEqual([
      ['A-1', 'verified'],
      ['A-2', 'removed'],
      ['A-3', 'added'],
    ]);
  });
});
