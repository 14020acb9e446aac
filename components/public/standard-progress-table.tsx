import { getStandardText } from '@/lib/i18n/standard-text';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ImplementationStatus } from '@/db/schema';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Link } from '@/lib/i18n/navigation';
import { DistributionBar } from './distribution-bar';
import { ScoreValue } from './score-value';

export type StandardProgressRow = {
  code: string;
  title: string;
  commitments: number;
  distribution: Record<ImplementationStatus, number>;
  score: number | null;
};

/** Progress per standard: each standard's commitments, how they split across the scale, and its score. */
export async function StandardProgressTable({
  rows,
  caption,
}: {
  rows: readonly StandardProgressRow[];
  caption: string;
}) {
  const [t, format, text] = await Promise.all([getTranslations('public.standards'), getFormatter(), getStandardText()]);
  const columns: DataColumn<StandardProgressRow>[] = [
    {
      label: t('columns.standard'),
      rowHeader: true,
      className: 'font-normal',
      cell: (row) => (
        <Link href={`/standards/${row.code.toLowerCase()}`} className="text-brand-700 underline underline-offset-4">
          <span className="font-mono">{row.code}</span> {text(row).title}
        </Link>
      ),
    },
    { label: t('columns.commitments'), numeric: true, cell: (row) => format.number(row.commitments) },
    {
      label: t('columns.distribution'),
      cell: (row) =>
        row.commitments > 0 ? (
          <DistributionBar distribution={row.distribution} />
        ) : (
          <span className="text-slate-700">{t('noCommitments')}</span>
        ),
    },
    { label: t('columns.score'), numeric: true, cell: (row) => <ScoreValue score={row.score} /> },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.code}
      rowData={(row) => ({ 'data-standard': row.code })}
      scroll
    />
  );
}
