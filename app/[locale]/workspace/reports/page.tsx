import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { listCountryReports } from '@/db/queries/report-lists';
import { requirePermission, requireUser } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.myReports' });
  return { title: t('title') };
}

/** A focal point's reports: returned ones first (they wait on them), then drafts, then the rest. */
export default async function MyReportsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const signedIn = await requireUser({ locale });
  const user = await requirePermission({ locale, action: 'report.write', resource: { countryId: signedIn.countryId } });
  const [t, tr, reports] = await Promise.all([
    getTranslations('workflow.myReports'),
    getTranslations('workflow.report'),
    listCountryReports({ countryId: user.countryId! }),
  ]);
  const order = { returned: 0, draft: 1, submitted: 2, verified: 3 } as const;
  const sorted = [...reports].sort((a, b) => order[a.state] - order[b.state]);
  const returned = reports.filter((report) => report.state === 'returned').length;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p role="status">{returned > 0 ? t('returnedWaiting', { count: returned }) : t('noneReturned')}</p>
      {sorted.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pe-4">
                  {t('columns.commitment')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('columns.state')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('columns.claim')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('columns.assessment')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('columns.reason')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((report) => (
                <tr key={report.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pe-4">
                    <Link
                      href={`/workspace/reports/${report.id}`}
                      className="font-medium text-brand-700 underline underline-offset-4"
                    >
                      {report.commitmentRef}
                    </Link>{' '}
                    {report.commitmentTitle}
                  </td>
                  <td className="py-2 pe-4">
                    {report.state === 'returned' ? (
                      <strong>{tr('states.returned')}</strong>
                    ) : (
                      tr(`states.${report.state}`)
                    )}
                  </td>
                  <td className="py-2 pe-4">
                    <StatusBadge status={report.claimedStatus} />
                  </td>
                  <td className="py-2 pe-4">
                    {report.assessedStatus ? <StatusBadge status={report.assessedStatus} /> : '—'}
                  </td>
                  <td className="py-2 pe-4 whitespace-pre-line">
                    {report.state === 'returned' ? report.returnReason : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
