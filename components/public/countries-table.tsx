import { getFormatter, getTranslations } from 'next-intl/server';
import type { ImplementationStatus } from '@/db/schema';
import { Link } from '@/lib/i18n/navigation';
import type { Standing } from '@/lib/standing';
import { DistributionBar } from './distribution-bar';
import { RegionName } from './region-name';
import { ScoreValue } from './score-value';
import { StandingBadge } from './standing-badge';

export type CountryRow = {
  iso3: string;
  displayName: string;
  region: string;
  standing: Standing;
  publishedCommitments: number;
  distribution: Record<ImplementationStatus, number>;
  score: number | null;
  lastVerifiedAt: Date | null;
};

/** Every state in one table: the caption names it, column headers are scoped, each row is headed by its country. */
export async function CountriesTable({ rows }: { rows: readonly CountryRow[] }) {
  const [t, format] = await Promise.all([getTranslations('public.countries'), getFormatter()]);
  return (
    <div className="table-scroll" role="region" aria-labelledby="countries-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="countries-caption">{t('caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.country')}</th>
            <th scope="col">{t('columns.region')}</th>
            <th scope="col">{t('columns.standing')}</th>
            <th scope="col" className="text-right">
              {t('columns.commitments')}
            </th>
            <th scope="col">{t('columns.distribution')}</th>
            <th scope="col" className="text-right">
              {t('columns.score')}
            </th>
            <th scope="col">{t('columns.lastVerified')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.iso3} data-country={row.iso3}>
              <th scope="row">
                <Link href={`/countries/${row.iso3.toLowerCase()}`} className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-800">
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
              <td>{row.publishedCommitments > 0 ? <DistributionBar distribution={row.distribution} /> : <span className="text-slate-700">{t('noCommitments')}</span>}</td>
              <td className="text-right tabular-nums">
                <ScoreValue score={row.score} />
              </td>
              <td>
                {row.lastVerifiedAt ? (
                  <time dateTime={row.lastVerifiedAt.toISOString()}>{format.dateTime(row.lastVerifiedAt, { dateStyle: 'medium' })}</time>
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
