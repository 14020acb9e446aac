import { getTranslations } from 'next-intl/server';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Link } from '@/lib/i18n/navigation';
import type { Standing } from '@/lib/standing';
import { ScoreValue } from './score-value';
import { StandingBadge } from './standing-badge';

type MapRow = { iso3: string; displayName: string; standing: Standing; score: number | null };

/** The map's data as a table, behind a disclosure that works without JavaScript. */
export async function MapTable({ rows }: { rows: readonly MapRow[] }) {
  const t = await getTranslations('public.map');
  const columns: DataColumn<MapRow>[] = [
    {
      label: t('country'),
      rowHeader: true,
      cell: (row) => (
        <Link href={`/countries/${row.iso3.toLowerCase()}`} className="text-brand-700 underline underline-offset-4">
          {row.displayName}
        </Link>
      ),
    },
    { label: t('standing'), cell: (row) => <StandingBadge standing={row.standing} /> },
    { label: t('score'), numeric: true, cell: (row) => <ScoreValue score={row.score} /> },
  ];
  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium text-brand-700">{t('tableToggle')}</summary>
      <DataTable
        caption={t('tableCaption')}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.iso3}
        className="mt-3"
      />
    </details>
  );
}
