import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import type { ImplementationStatus } from '@/db/schema';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Link } from '@/lib/i18n/navigation';
import { viewQuery, type CountriesView, type SortKey, type ViewRow } from '@/lib/public/countries-view';
import { DistributionBar } from './distribution-bar';
import { RegionName } from './region-name';
import { ScoreValue } from './score-value';
import { StandingBadge } from './standing-badge';
import { TrendIndicator } from './trend-indicator';

export type CountryRow = ViewRow & { distribution: Record<ImplementationStatus, number> };

// The message key of each sortable column's header; figures are numeric (aligned to the end).
const SORTABLE: Record<SortKey, { label: string; numeric?: boolean }> = {
  name: { label: 'country' },
  region: { label: 'region' },
  standing: { label: 'standing' },
  commitments: { label: 'commitments', numeric: true },
  score: { label: 'score', numeric: true },
  trend: { label: 'trend' },
  verified: { label: 'lastVerified' },
};

/**
 * Every state in one table: the caption names it and its order, column headers are scoped, each row is
 * headed by its country. Sortable headers are plain links to the same view sorted by that column
 * (the current one toggles direction), with aria-sort on the sorted column. On a phone the table keeps
 * the state, its standing and its score; the rest is on the state's scorecard, one tap away.
 */
export async function CountriesTable({ rows, view }: { rows: readonly CountryRow[]; view: CountriesView }) {
  const [t, format, locale] = await Promise.all([getTranslations('public.countries'), getFormatter(), getLocale()]);
  const sortable = (
    key: SortKey,
    cell: DataColumn<CountryRow>['cell'],
    extra: Partial<DataColumn<CountryRow>> = {},
  ): DataColumn<CountryRow> => {
    const column = SORTABLE[key];
    const active = view.sort === key;
    const nextDir = active && view.dir === 'asc' ? 'desc' : 'asc';
    return {
      key,
      label: t(`columns.${column.label}`),
      numeric: column.numeric,
      ariaSort: active ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined,
      header: (
        <Link
          href={{ pathname: '/countries', query: viewQuery(view, { sort: key, dir: nextDir }) }}
          className="inline-flex items-center gap-1 text-slate-900 underline underline-offset-4 hover:text-brand-800"
          data-sort={key}
        >
          {t(`columns.${column.label}`)}
          {active ? <span aria-hidden="true">{view.dir === 'asc' ? '▲' : '▼'}</span> : null}
          <span className="sr-only">{t(nextDir === 'asc' ? 'sortAscending' : 'sortDescending')}</span>
        </Link>
      ),
      cell,
      ...extra,
    };
  };
  const columns: DataColumn<CountryRow>[] = [
    sortable(
      'name',
      (row) => (
        <Link
          href={`/countries/${row.iso3.toLowerCase()}`}
          className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-800"
        >
          {row.displayName}
        </Link>
      ),
      { rowHeader: true, priority: true },
    ),
    sortable('region', (row) => <RegionName region={row.region} />),
    sortable('standing', (row) => <StandingBadge standing={row.standing} />, { priority: true }),
    sortable('commitments', (row) => format.number(row.publishedCommitments)),
    {
      key: 'distribution',
      label: t('columns.distribution'),
      cell: (row) =>
        row.publishedCommitments > 0 ? (
          <DistributionBar distribution={row.distribution} />
        ) : (
          <span className="text-slate-700">{t('noCommitments')}</span>
        ),
    },
    sortable('score', (row) => <ScoreValue score={row.score} />, {
      priority: true,
      cellData: () => ({ 'data-column': 'score' }),
    }),
    sortable(
      'trend',
      (row) =>
        row.trend ? <TrendIndicator {...row.trend} compact /> : <span className="text-slate-700">{t('noTrend')}</span>,
      { cellData: () => ({ 'data-column': 'trend' }) },
    ),
    sortable('verified', (row) =>
      row.lastVerifiedAt ? (
        <time dateTime={row.lastVerifiedAt.toISOString()}>{formatDate(row.lastVerifiedAt, locale)}</time>
      ) : (
        <span className="text-slate-700">{t('neverVerified')}</span>
      ),
    ),
  ];
  const sortedBy = t(`columns.${SORTABLE[view.sort].label}`);

  return (
    <DataTable
      caption={
        <>
          {t('caption', { count: rows.length })}{' '}
          <span className="font-normal">
            {t(view.dir === 'asc' ? 'sortedAscending' : 'sortedDescending', { column: sortedBy })}
          </span>
        </>
      }
      captionId="countries-caption"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.iso3}
      rowData={(row) => ({ 'data-country': row.iso3 })}
      scroll
    />
  );
}
