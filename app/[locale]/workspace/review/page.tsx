import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { Notice } from '@/components/ui/notice';
import { listReviewQueue } from '@/db/queries/report-lists';
import { requirePermission } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string; ref?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.review' });
  return { title: t('queueTitle') };
}

/** Submitted reports, the longest-waiting first. */
export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'report.review' });
  const [t, format, queue, query] = await Promise.all([
    getTranslations('workflow.review'),
    getFormatter(),
    listReviewQueue({ limit: 200 }),
    searchParams,
  ]);
  return (
    <div className="space-y-6">
      {query.done === 'verified' || query.done === 'returned' ? (
        <Notice tone="success">
          {t(query.done === 'verified' ? 'doneVerified' : 'doneReturned', { ref: query.ref ?? '' })}
        </Notice>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">{t('queueTitle')}</h1>
        <a
          href={`/${locale === 'en' ? '' : `${locale}/`}workspace/reports/export`}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 no-underline"
        >
          {t('exportReports')}
        </a>
      </div>
      <p role="status">{t('waiting', { count: queue.total })}</p>
      {queue.rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('queueCaption')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pe-4">
                  {t('columns.submitted')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('columns.country')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('columns.commitment')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('columns.claim')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('columns.review')}
                </th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pe-4 whitespace-nowrap">
                    {row.submittedAt ? format.dateTime(row.submittedAt, { dateStyle: 'medium', timeZone: 'UTC' }) : '—'}
                  </td>
                  <td className="py-2 pe-4">{row.countryName}</td>
                  <td className="py-2 pe-4">
                    <span className="font-medium">{row.commitmentRef}</span> {row.commitmentTitle}
                  </td>
                  <td className="py-2 pe-4">
                    <StatusBadge status={row.claimedStatus} />
                  </td>
                  <td className="py-2 pe-4">
                    <Link
                      href={`/workspace/review/${row.id}`}
                      className="font-medium text-brand-700 underline underline-offset-4"
                    >
                      {t('reviewReport', { ref: row.commitmentRef })}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
