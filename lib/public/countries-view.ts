import type { Trend } from '@/lib/scoring';
import { STANDINGS, type Standing } from '@/lib/standing';

/**
 * The /countries view as the query string states it (sort, direction, filters), so that a view can be
 * shared as a link and works with no client JavaScript: the filter form is a GET form and the column
 * headers are links. Anything unknown in the query falls back to the default, never to an error.
 */

export const SORT_KEYS = ['name', 'region', 'standing', 'commitments', 'score', 'trend', 'verified'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'asc' | 'desc';

export type CountriesView = { sort: SortKey; dir: Direction; region: string; standing: Standing | ''; q: string };

export type ViewRow = {
  iso3: string;
  displayName: string;
  region: string;
  standing: Standing;
  publishedCommitments: number;
  score: number | null;
  lastVerifiedAt: Date | null;
  trend: { trend: Trend; previous: number | null; latest: number | null } | null;
};

type Query = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export function parseCountriesView(query: Query, regions: readonly string[]): CountriesView {
  const sort = first(query.sort);
  const dir = first(query.dir);
  const region = first(query.region);
  const standing = first(query.standing);
  return {
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : 'name',
    dir: dir === 'desc' ? 'desc' : 'asc',
    region: regions.includes(region) ? region : '',
    standing: (STANDINGS as readonly string[]).includes(standing) ? (standing as Standing) : '',
    q: first(query.q).slice(0, 100),
  };
}

/** The query string of a view, leaving out defaults so that shared links stay short. */
export function viewQuery(view: CountriesView, change: Partial<CountriesView> = {}): Record<string, string> {
  const next = { ...view, ...change };
  const query: Record<string, string> = {};
  if (next.sort !== 'name') query.sort = next.sort;
  if (next.dir !== 'asc') query.dir = next.dir;
  if (next.region) query.region = next.region;
  if (next.standing) query.standing = next.standing;
  if (next.q) query.q = next.q;
  return query;
}

const STANDING_ORDER: Record<Standing, number> = { member: 0, suspended: 1, former: 2, none: 3 };

/** Change between the last two rounds; a first round sorts as no change. */
function trendValue(row: ViewRow): number | null {
  if (!row.trend || row.trend.latest === null) return null;
  return row.trend.previous === null ? 0 : row.trend.latest - row.trend.previous;
}

function fold(text: string, locale: string): string {
  return text
    .toLocaleLowerCase(locale)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/**
 * Filters and sorts rows already in name order (so equal keys keep name order). Rows with no value for
 * the sort key (no score, never verified) go last in either direction.
 */
export function applyCountriesView<T extends ViewRow>(
  rows: readonly T[],
  view: CountriesView,
  locale: string,
  regionLabel: (region: string) => string,
): T[] {
  const needle = fold(view.q, locale);
  const filtered = rows.filter(
    (row) =>
      (!view.region || row.region === view.region) &&
      (!view.standing || row.standing === view.standing) &&
      (!needle || fold(row.displayName, locale).includes(needle) || row.iso3.toLowerCase() === needle),
  );
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const key = (row: T): number | string | null => {
    switch (view.sort) {
      case 'name':
        return null;
      case 'region':
        return regionLabel(row.region);
      case 'standing':
        return STANDING_ORDER[row.standing];
      case 'commitments':
        return row.publishedCommitments;
      case 'score':
        return row.score;
      case 'trend':
        return trendValue(row);
      case 'verified':
        return row.lastVerifiedAt?.getTime() ?? null;
    }
  };
  const sign = view.dir === 'desc' ? -1 : 1;
  const indexed = filtered.map((row, index) => ({ row, index, key: key(row) }));
  indexed.sort((a, b) => {
    if (view.sort === 'name') return sign * (a.index - b.index);
    if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
    const order =
      typeof a.key === 'string' && typeof b.key === 'string'
        ? collator.compare(a.key, b.key)
        : (a.key as number) - (b.key as number);
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return indexed.map((entry) => entry.row);
}
