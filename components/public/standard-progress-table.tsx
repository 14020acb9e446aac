import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ImplementationStatus } from '@/db/schema';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Link } from '@/lib/i18n/navigation';
import { getReferenceText, type FrameworkWording } from '@/lib/i18n/standard-text';
import { DistributionBar } from './distribution-bar';
import { FrameworkName, RetiredMark } from './reference-marks';
import { ScoreValue } from './score-value';

export type StandardProgressRow = {
  code: string;
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
  caption: ReactNode;
}) {
  const [t, format, reference] = await Promise.all([
    getTranslations('public.standards'),
    getFormatter(),
    getReferenceText(),
  ]);
  const worded = rows.map(reference.standard);
  const columns: DataColumn<(typeof worded)[number]>[] = [
    {
      label: t('columns.standard'),
      rowHeader: true,
      className: 'font-normal',
      cell: (row) => (
        <>
          <Link href={`/standards/${row.code.toLowerCase()}`} className="text-brand-700 underline underline-offset-4">
            <span className="font-mono">{row.code}</span> <span {...row.titleMark}>{row.title}</span>
          </Link>
          {row.retiredAt ? (
            <>
              {' '}
              <RetiredMark retiredAt={row.retiredAt} />
            </>
          ) : null}
        </>
      ),
    },
    { label: t('columns.commitments'), numeric: true, cell: (row) => format.number(row.commitments) },
    {
      label: t('columns.distribution'),
      // A scorecard leaves this column off the paper (public.css): its commitments table has each status.
      className: 'progress-distribution',
      headerClassName: 'progress-distribution',
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
      rows={worded}
      rowKey={(row) => row.code}
      rowData={(row) => ({ 'data-standard': row.code, 'data-commitments': String(row.commitments) })}
      scroll
    />
  );
}

/**
 * Progress per standard, one table per framework under a heading that names it (and says "Demo" for a
 * framework of the demo data), in the order frameworks are listed. A framework with no row is left out.
 */
export async function StandardProgressByFramework({
  rows,
  caption,
  headingIdPrefix,
}: {
  rows: readonly StandardProgressRow[];
  /** The caption of a framework's table; `nameTag` marks its name for t.rich (`<name>{framework}</name>`). */
  caption: (framework: FrameworkWording, nameTag: (chunks: ReactNode) => ReactNode) => ReactNode;
  headingIdPrefix: string;
}) {
  const reference = await getReferenceText();
  const groups = reference.frameworks
    .map((framework) => ({
      framework,
      rows: rows.filter((row) => reference.standard(row).frameworkCode === framework.code),
    }))
    .filter((group) => group.rows.length > 0);
  return (
    <div className="space-y-8">
      {groups.map(({ framework, rows: frameworkRows }) => {
        const headingId = `${headingIdPrefix}-${framework.code.toLowerCase()}`;
        return (
          <section
            key={framework.code}
            aria-labelledby={headingId}
            className="space-y-3"
            data-framework={framework.code}
          >
            <h3 id={headingId} className="text-xl font-semibold">
              <FrameworkName framework={framework} />
            </h3>
            <StandardProgressTable
              rows={frameworkRows}
              caption={caption(framework, (chunks) => (
                <span {...framework.nameMark}>{chunks}</span>
              ))}
            />
          </section>
        );
      })}
    </div>
  );
}
