import { getStandardText } from '@/lib/i18n/standard-text';
import { getLocale, getTranslations } from 'next-intl/server';
import type { MatrixCell, MatrixRow, PublicStandard } from '@/db/queries/standards';
import { countryName, sortByName } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { scoreFill } from '@/components/charts/world-map';
import { ScoreValue } from './score-value';

/**
 * States × standards. Each cell is shaded by score and also says, in text, the score and how many
 * commitments it rests on; an empty cell says "none". Row and column headers are scoped for screen readers.
 */
export async function StandardsMatrix({ matrix }: { matrix: { standards: PublicStandard[]; rows: MatrixRow[] } }) {
  const [t, locale, text] = await Promise.all([
    getTranslations('public.standardsPage'),
    getLocale(),
    getStandardText(),
  ]);
  const rows = sortByName(
    matrix.rows.map((row) => ({ ...row, displayName: countryName(row.country, locale) })),
    (row) => row.displayName,
    locale,
  );
  return (
    <div className="table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="matrix-caption">{t('matrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country')}</th>
            {matrix.standards.map((standard) => (
              <th key={standard.code} scope="col" className="text-center">
                <Link
                  href={`/standards/${standard.code.toLowerCase()}`}
                  className="text-brand-700 underline underline-offset-4"
                >
                  <abbr title={text(standard).title} className="no-underline">
                    {standard.code}
                  </abbr>
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.country.iso3}>
              <th scope="row">
                <Link
                  href={`/countries/${row.country.iso3.toLowerCase()}`}
                  className="text-brand-700 underline underline-offset-4"
                >
                  {row.displayName}
                </Link>
              </th>
              {matrix.standards.map((standard) => (
                <MatrixCellView
                  key={standard.code}
                  cell={row.cells[standard.code]}
                  none={t('none')}
                  countLabel={t('cellCount', { count: row.cells[standard.code]?.commitments ?? 0 })}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MatrixCellView({
  cell,
  none,
  countLabel,
}: {
  cell: MatrixCell | undefined;
  none: string;
  countLabel: string;
}) {
  if (!cell) return <td className="text-center text-sm text-slate-600">{none}</td>;
  const fill = scoreFill(cell.score);
  const dark = cell.score !== null && cell.score >= 0.6;
  return (
    <td className="text-center">
      <span
        className={`inline-flex min-w-20 flex-col items-center rounded px-2 py-1 ${dark ? 'text-white' : 'text-slate-900'}`}
        data-fill={fill}
        style={{ backgroundColor: fill }}
      >
        <ScoreValue score={cell.score} className="font-semibold tabular-nums" />
        <span className="text-xs">{countLabel}</span>
      </span>
    </td>
  );
}
