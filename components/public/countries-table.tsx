import { getFormatter, getTranslations } from 'next-intl/server';
import type { ImplementationStatus } from '@/db/schema';
import { Link } from '@/lib/i18n/navigation';
import { viewQuery, type CountriesView, type SortKey, type ViewRow } from '@/lib/public/countries-view';
import { DistributionBar } from './distribution-bar';
import { RegionName } from './region-name';
import { ScoreValue } from './score-value';
import { StandingBadge } from './standing-badge';
import { TrendIndicator } from './trend-indicator';

export type CountryRow = ViewRow & { distribution: Record<ImplementationStatus, number> };

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'country' },
  { key: 'region', label: 'region' },
  { key: 'standing', label: 'standing' },
  { key: 'commitments', label: 'commitments', numeric: true },
  { key: 'score', label: 'score', numeric: true },
  { key: 'trend', label: 'trend' },
  { key: 'verified', label: 'lastVerified' },
];

/**
 * Every state in one table: the caption names it and its order, column headers are scoped, each row is
 * headed by its country. Sortable headers are plain links to the same view sorted by that column
 * (the current one toggles direction), with aria-sort on the sorted column.
 */
export async function CountriesTable({ rows, view }: { rows: readonly CountryRow[]; view: CountriesView }) {
  const [t, format] = await Promise.all([getTranslations('public.countries'), getFormatter()]);
  const header = (column: (typeof COLUMNS)[number]) => {
    const active = view.sort === column.key;
    const nextDir = active && view.dir === 'asc' ? 'desc' : 'asc';
    return (
      <th
        key={column.key}
        scope="col"
        className={column.numeric ? 'text-right' : undefined}
        aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <Link
          href={{ pathname: '/countries', query: viewQuery(view, { sort: column.key, dir: nextDir }) }}
          className="inline-flex items-center gap-1 text-slate-900 underline underline-offset-4 hover:text-brand-800"
          data-sort={column.key}
        >
          {t(`columns.${column.label}`)}
          {active ? <span aria-hidden="true">{view.dir === 'asc' ? '▲' : '▼'}</span> : null}
          <span className="sr-only">{t(nextDir === 'asc' ? 'sortAscending' : 'sortDescending')}</span>
        </Link>
      </th>
    );
  };
  const sortedBy = t(`columns.${COLUMNS.find((column) => column.key === view.sort)?.label ?? 'country'}`);

  return (
    <div className="table-scroll" role="region" aria-labelledby="countries-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="countries-caption">
          {t('caption', { count: rows.length })}{' '}
          <span className="font-normal">
            {t(view.dir === 'asc' ? 'sortedAscending' : 'sortedDescending', { column: sortedBy })}
          </span>
        </caption>
        <thead>
          <tr>
            {COLUMNS.slice(0, 4).map(header)}
            <th scope="col">{t('columns.distribution')}</th>
            {COLUMNS.slice(4).map(header)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.iso3} data-country={row.iso3}>
              <th scope="row">
                <Link
                  href={`/countries/${row.iso3.toLowerCase()}`}
                  className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-800"
                >
                  {row.displayName}
                </Link>
              </th>
              <td>
                <RegionName region={row.region} />
              </td>
              <td>
                <StandingBadge standing={row.standing} />
              </td>
              <td className="text-right tabular-nums">{format.number(row.publishedCommitments)}</td>
              <td>
                {row.publishedCommitments > 0 ? (
                  <DistributionBar distribution={row.distribution} />
                ) : (
                  <span className="text-slate-700">{t('noCommitments')}</span>
                )}
              </td>
              <td className="text-right tabular-nums">
                <ScoreValue score={row.score} />
              </td>
              <td data-column="trend">
                {row.trend ? (
                  <TrendIndicator {...row.trend} compact />
                ) : (
                  <span className="text-slate-700">{t('noTrend')}</span>
                )}
              </td>
              <td>
                {row.lastVerifiedAt ? (
                  <time dateTime={row.lastVerifiedAt.toISOString()}>
                    {format.dateTime(row.lastVerifiedAt, { dateStyle: 'medium' })}
                  </time>
                ) : (
                  <span className="text-slate-700">{t('neverVerified')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
