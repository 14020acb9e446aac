import { describe, expect, it } from 'vitest';
import { publicationStateEnum, reportStateEnum } from '@/db/schema';
import {
  ASSESSABLE_STATUSES,
  PUBLICATION_ACTIONS,
  REPORT_ACTIONS,
  ROUND_ACTIONS,
  canMoveReport,
  commitmentRefPrefix,
  commitmentRefYear,
  formatCommitmentRef,
  isReportEditable,
  nextCommitmentRef,
  parseCommitmentRef,
  publicationActionsFrom,
  publicationMove,
  reportMove,
  roundMove,
} from './rules';

const REPORT_STATES = reportStateEnum.enumValues;
const PUBLICATION_STATES = publicationStateEnum.enumValues;
const ROUND_STATES = ['planned', 'open', 'closed'] as const;

describe('report-state moves', () => {
  // The whole table: every (from, to) pair, so any move added by mistake fails here.
  const allowed = new Set(['draft→submitted', 'submitted→verified', 'submitted→returned', 'returned→submitted']);

  for (const from of REPORT_STATES) {
    for (const to of REPORT_STATES) {
      const key = `${from}→${to}`;
      it(`${key} is ${allowed.has(key) ? 'allowed' : 'refused'}`, () => {
        expect(canMoveReport(from, to)).toBe(allowed.has(key));
      });
    }
  }

  it('each action leads where it says, from exactly the listed states', () => {
    const table = Object.fromEntries(
      REPORT_ACTIONS.map((action) => [
        action,
        Object.fromEntries(REPORT_STATES.map((from) => [from, reportMove(action, from)])),
      ]),
    );
    expect(table).toEqual({
      submit: { draft: 'submitted', submitted: null, verified: null, returned: 'submitted' },
      verify: { draft: null, submitted: 'verified', verified: null, returned: null },
      return: { draft: null, submitted: 'returned', verified: null, returned: null },
    });
  });

  it('only drafts and returned reports can be edited by the focal point', () => {
    expect(REPORT_STATES.filter(isReportEditable)).toEqual(['draft', 'returned']);
  });
});

describe('publication moves', () => {
  it('publish, unpublish, archive and restore move exactly between the listed states', () => {
    const table = Object.fromEntries(
      PUBLICATION_ACTIONS.map((action) => [
        action,
        Object.fromEntries(PUBLICATION_STATES.map((from) => [from, publicationMove(action, from)])),
      ]),
    );
    expect(table).toEqual({
      publish: { draft: 'published', published: null, archived: null },
      unpublish: { draft: null, published: 'draft', archived: null },
      archive: { draft: 'archived', published: 'archived', archived: null },
      restore: { draft: null, published: null, archived: 'draft' },
    });
  });

  it('an archived commitment cannot be published without being restored first', () => {
    expect(publicationActionsFrom('archived')).toEqual(['restore']);
    expect(publicationActionsFrom('draft')).toEqual(['publish', 'archive']);
    expect(publicationActionsFrom('published')).toEqual(['unpublish', 'archive']);
  });
});

describe('round moves', () => {
  it('planned → open → closed, and nothing else', () => {
    const table = Object.fromEntries(
      ROUND_ACTIONS.map((action) => [
        action,
        Object.fromEntries(ROUND_STATES.map((from) => [from, roundMove(action, from)])),
      ]),
    );
    expect(table).toEqual({
      open: { planned: 'open', open: null, closed: null },
      close: { planned: null, open: 'closed', closed: null },
    });
  });
});

describe('assessable statuses', () => {
  it('are the scale without "no information", which is the absence of an assessment', () => {
    expect(ASSESSABLE_STATUSES).toEqual(['not_started', 'limited', 'substantial', 'complete', 'withdrawn']);
  });
});

describe('commitment references', () => {
  it('formats ISO3-YEAR-NN with at least two digits', () => {
    expect(formatCommitmentRef('nor', 2018, 3)).toBe('NOR-2018-03');
    expect(formatCommitmentRef('MEX', 2024, 123)).toBe('MEX-2024-123');
    expect(commitmentRefPrefix('NOR', 2018)).toBe('NOR-2018-');
  });

  it('parses valid references and refuses others', () => {
    expect(parseCommitmentRef('NOR-2018-03')).toEqual({ iso3: 'NOR', year: 2018, sequence: 3 });
    expect(parseCommitmentRef('NOR-2018-3')).toBeNull();
    expect(parseCommitmentRef('nor-2018-03')).toBeNull();
    expect(parseCommitmentRef('NO-2018-03')).toBeNull();
  });

  it('takes the number after the highest one of the same state and year', () => {
    const existing = ['NOR-2018-01', 'NOR-2018-07', 'NOR-2019-12', 'MEX-2018-30', 'NOR-2018-x'];
    expect(nextCommitmentRef('NOR', 2018, existing)).toBe('NOR-2018-08');
    expect(nextCommitmentRef('NOR', 2020, existing)).toBe('NOR-2020-01');
    expect(nextCommitmentRef('NOR', 2018, ['NOR-2018-99'])).toBe('NOR-2018-100');
  });

  it('files a reference under the year the commitment was made, or the current year', () => {
    expect(commitmentRefYear('2016-03-15')).toBe(2016);
    expect(commitmentRefYear(null, new Date('2025-06-01T00:00:00Z'))).toBe(2025);
  });
});
