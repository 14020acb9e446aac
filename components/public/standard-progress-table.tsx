import { getStandardText } from '@/lib/i18n/standard-text';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ImplementationStatus } from '@/db/schema';
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
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.standard')}</th>
            <th scope="col" className="text-right">
              {t('columns.commitments')}
            </th>
            <th scope="col">{t('columns.distribution')}</th>
            <th scope="col" className="text-right">
              {t('columns.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-standard={row.code}>
              <th scope="row" className="font-normal">
                <Link
                  href={`/standards/${row.code.toLowerCase()}`}
                  className="text-brand-700 underline underline-offset-4"
                >
                  <span className="font-mono">{row.code}</span> {text(row).title}
                </Link>
              </th>
              <td className="text-right tabular-nums">{format.number(row.commitments)}</td>
              <td>
                {row.commitments > 0 ? (
                  <DistributionBar distribution={row.distribution} />
                ) : (
                  <span className="text-slate-700">{t('noCommitments')}</span>
                )}
              </td>
              <td className="text-right tabular-nums">
                <ScoreValue score={row.score} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
