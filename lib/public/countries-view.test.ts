import { describe, expect, it } from 'vitest';
import { applyCountriesView, parseCountriesView, viewQuery, type ViewRow } from './countries-view';

const row = (iso3: string, displayName: string, extra: Partial<ViewRow> = {}): ViewRow => ({
  iso3,
  displayName,
  region: 'Europe',
  standing: 'member',
  publishedCommitments: 0,
  score: null,
  lastVerifiedAt: null,
  trend: null,
  ...extra,
});

const rows = [
  row('EST', 'Estonia', { score: 0.5, publishedCommitments: 3, trend: { trend: 'up', previous: 0.2, latest: 0.5 } }),
  row('MEX', 'Mexico', {
    region: 'Americas',
    score: 0.8,
    publishedCommitments: 3,
    trend: { trend: 'down', previous: 0.9, latest: 0.8 },
  }),
  row('MLI', 'Mali', { region: 'Africa', standing: 'suspended' }),
  row('NOR', 'Norway', { score: 0.25, publishedCommitments: 4, trend: { trend: 'new', previous: null, latest: 0.25 } }),
];
const label = (region: string) => region;

describe('parseCountriesView', () => {
  it('keeps known values and drops the rest', () => {
    expect(
      parseCountriesView({ sort: 'score', dir: 'desc', region: 'Europe', standing: 'former', q: ' nor ' }, ['Europe']),
    ).toEqual({ sort: 'score', dir: 'desc', region: 'Europe', standing: 'former', q: 'nor' });
    expect(parseCountriesView({ sort: 'drop table', dir: 'up', region: 'Mars', standing: 'king' }, ['Europe'])).toEqual(
      { sort: 'name', dir: 'asc', region: '', standing: '', q: '' },
    );
  });

  it('writes only what differs from the default back into the address', () => {
    const view = parseCountriesView({}, []);
    expect(viewQuery(view)).toEqual({});
    expect(viewQuery(view, { sort: 'trend', dir: 'desc' })).toEqual({ sort: 'trend', dir: 'desc' });
  });
});

describe('applyCountriesView', () => {
  const names = (view: Parameters<typeof parseCountriesView>[0]) =>
    applyCountriesView(rows, parseCountriesView(view, ['Europe', 'Americas', 'Africa']), 'en', label).map(
      (r) => r.iso3,
    );

  it('sorts by score either way, with no score last', () => {
    expect(names({ sort: 'score' })).toEqual(['NOR', 'EST', 'MEX', 'MLI']);
    expect(names({ sort: 'score', dir: 'desc' })).toEqual(['MEX', 'EST', 'NOR', 'MLI']);
  });

  it('sorts by the change since the previous round; a first round counts as no change', () => {
    expect(names({ sort: 'trend', dir: 'desc' })).toEqual(['EST', 'NOR', 'MEX', 'MLI']);
  });

  it('keeps name order among equals and reverses names when asked', () => {
    expect(names({ sort: 'commitments', dir: 'desc' })).toEqual(['NOR', 'EST', 'MEX', 'MLI']);
    expect(names({ dir: 'desc' })).toEqual(['NOR', 'MLI', 'MEX', 'EST']);
  });

  it('filters by region, standing and name, ignoring case and accents', () => {
    expect(names({ region: 'Europe' })).toEqual(['EST', 'NOR']);
    expect(names({ standing: 'suspended' })).toEqual(['MLI']);
    expect(names({ q: 'MÉX' })).toEqual(['MEX']);
    expect(names({ q: 'nor' })).toEqual(['NOR']);
  });
});
