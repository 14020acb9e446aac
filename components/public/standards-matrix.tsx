import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { getStandardText } from '@/lib/i18n/standard-text';
import type { MatrixCell, MatrixRow, PublicStandard } from '@/db/queries/standards';
import { countryName, sortByName } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { scoreFill } from '@/components/charts/world-map';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { ScoreValue } from './score-value';

type Row = MatrixRow & { displayName: string };

/**
 * States × standards. Each cell is shaded by score and also says, in text, the score and how many
 * commitments it rests on; an empty cell says "none". Row and column headers are scoped for screen readers.
 */
export async function StandardsMatrix({
  matrix,
  caption,
}: {
  matrix: { standards: PublicStandard[]; rows: MatrixRow[] };
  caption: ReactNode;
}) {
  const [t, locale, text] = await Promise.all([
    getTranslations('public.standardsPage'),
    getLocale(),
    getStandardText(),
  ]);
  const rows: Row[] = sortByName(
    matrix.rows.map((row) => ({ ...row, displayName: countryName(row.country, locale) })),
    (row) => row.displayName,
    locale,
  );
  const columns: DataColumn<Row>[] = [
    {
      label: t('country'),
      rowHeader: true,
      cell: (row) => (
        <Link
          href={`/countries/${row.country.iso3.toLowerCase()}`}
          className="text-brand-700 underline underline-offset-4"
        >
          {row.displayName}
        </Link>
      ),
    },
    ...matrix.standards.map(text).map((standard): DataColumn<Row> => ({
      key: standard.code,
      label: standard.code,
      header: (
        <Link
          href={`/standards/${standard.code.toLowerCase()}`}
          className="text-brand-700 underline underline-offset-4"
        >
          <abbr title={standard.title} className="no-underline" {...standard.titleMark}>
            {standard.code}
          </abbr>
        </Link>
      ),
      headerClassName: 'text-center',
      className: (row) => (row.cells[standard.code] ? 'text-center' : 'text-center text-sm text-slate-600'),
      cell: (row) => {
        const cell = row.cells[standard.code];
        return cell ? (
          <MatrixCellView cell={cell} countLabel={t('cellCount', { count: cell.commitments })} />
        ) : (
          t('none')
        );
      },
    })),
  ];
  return (
    <DataTable
      caption={caption}
      captionId="matrix-caption"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.country.iso3}
      scroll
    />
  );
}

function MatrixCellView({ cell, countLabel }: { cell: MatrixCell; countLabel: string }) {
  const fill = scoreFill(cell.score);
  const dark = cell.score !== null && cell.score >= 0.6;
  return (
    <span
      className={`inline-flex min-w-20 flex-col items-center rounded px-2 py-1 ${dark ? 'text-white' : 'text-slate-900'}`}
      data-fill={fill}
      style={{ backgroundColor: fill }}
    >
      <ScoreValue score={cell.score} className="font-semibold tabular-nums" />
      <span className="text-xs">{countLabel}</span>
    </span>
  );
}
