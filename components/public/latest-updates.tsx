import { getLocale, getTranslations } from 'next-intl/server';
import type { VerifiedReport } from '@/db/queries/public-api';
import { countryName, formatDate } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { DiffersFlag } from './commitments-table';
import { StatusBadge } from './status-badge';

/** The most recent verified reports: which commitment, the state's claim, the secretariat's assessment. */
export async function LatestUpdates({ reports }: { reports: readonly VerifiedReport[] }) {
  const [t, locale] = await Promise.all([getTranslations('public.updates'), getLocale()]);
  if (reports.length === 0) return <p className="text-slate-700">{t('none')}</p>;
  return (
    <ol className="divide-y divide-slate-200 border-y border-slate-200">
      {reports.map((report) => (
        <li key={report.id} className="grid gap-1 py-3 sm:grid-cols-[10rem_1fr]">
          <time dateTime={report.verifiedAt.toISOString()} className="text-sm text-slate-700">
            {formatDate(report.verifiedAt, locale)}
          </time>
          <div className="space-y-1">
            <p>
              <Link
                href={`/countries/${report.country.iso3.toLowerCase()}`}
                className="font-semibold text-brand-700 underline underline-offset-4"
              >
                {countryName(report.country, locale)}
              </Link>
              {': '}
              <Link
                href={`/commitments/${report.commitment.ref.toLowerCase()}`}
                className="text-brand-700 underline underline-offset-4"
                lang={report.commitment.language}
              >
                {report.commitment.title}
              </Link>
            </p>
            <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <span className="inline-flex items-center gap-1">
                {t('assessed')} <StatusBadge status={report.assessedStatus} />
              </span>
              <span className="inline-flex items-center gap-1">
                {t('claimed')} <StatusBadge status={report.claimedStatus} />
              </span>
              {report.claimedStatus !== report.assessedStatus ? <DiffersFlag label={t('differs')} /> : null}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
