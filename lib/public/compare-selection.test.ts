import { describe, expect, it } from 'vitest';
import { parseCompareSelection } from './compare-selection';

describe('parseCompareSelection', () => {
  const known = new Set(['nor', 'mex', 'can', 'chl', 'est']);

  it('reads comma-separated and repeated fields, in order, without duplicates', () => {
    expect(parseCompareSelection('NOR, mex,nor', known)).toEqual({
      codes: ['nor', 'mex'],
      unknown: [],
      tooMany: false,
      tooFew: false,
    });
    expect(parseCompareSelection(['nor', '', 'can', ''], known)).toEqual({
      codes: ['nor', 'can'],
      unknown: [],
      tooMany: false,
      tooFew: false,
    });
  });

  it('reports too few, too many and unknown codes, keeping the valid ones', () => {
    expect(parseCompareSelection(undefined, known).tooFew).toBe(true);
    expect(parseCompareSelection('nor', known).tooFew).toBe(true);
    expect(parseCompareSelection('nor,mex,can,chl,est', known)).toMatchObject({
      codes: ['nor', 'mex', 'can', 'chl'],
      tooMany: true,
      tooFew: false,
    });
    expect(parseCompareSelection('nor,xyz,mex', known)).toEqual({
      codes: ['nor', 'mex'],
      unknown: ['xyz'],
      tooMany: false,
      tooFew: false,
    });
  });
});
