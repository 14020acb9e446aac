import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Standing } from '@/lib/standing';
import { ScoreValue } from './score-value';
import { StandingBadge } from './standing-badge';

/** The map's data as a table, behind a disclosure that works without JavaScript. */
export async function MapTable({
  rows,
}: {
  rows: readonly { iso3: string; displayName: string; standing: Standing; score: number | null }[];
}) {
  const t = await getTranslations('public.map');
  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium text-brand-700">{t('tableToggle')}</summary>
      <table className="data-table mt-3">
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country')}</th>
            <th scope="col">{t('standing')}</th>
            <th scope="col" className="text-right">
              {t('score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.iso3}>
              <th scope="row">
                <Link
                  href={`/countries/${row.iso3.toLowerCase()}`}
                  className="text-brand-700 underline underline-offset-4"
                >
                  {row.displayName}
                </Link>
              </th>
              <td>
                <StandingBadge standing={row.standing} />
              </td>
              <td className="text-right tabular-nums">
                <ScoreValue score={row.score} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
