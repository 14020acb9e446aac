import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
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
  const columns: DataColumn<(typeof reports)[number]>[] = [
    {
      label: t('columns.commitment'),
      cell: (report) => (
        <>
          <Link
            href={`/workspace/reports/${report.id}`}
            className="font-medium text-brand-700 underline underline-offset-4"
          >
            {report.commitmentRef}
          </Link>{' '}
          <span lang={report.commitmentLanguage}>{report.commitmentTitle}</span>
        </>
      ),
    },
    {
      label: t('columns.state'),
      cell: (report) =>
        report.state === 'returned' ? <strong>{tr('states.returned')}</strong> : tr(`states.${report.state}`),
    },
    { label: t('columns.claim'), cell: (report) => <StatusBadge status={report.claimedStatus} /> },
    {
      label: t('columns.assessment'),
      cell: (report) => (report.assessedStatus ? <StatusBadge status={report.assessedStatus} /> : '—'),
    },
    {
      label: t('columns.reason'),
      className: 'whitespace-pre-line',
      cell: (report) => (report.state === 'returned' ? report.returnReason : ''),
    },
  ];

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p role="status">{returned > 0 ? t('returnedWaiting', { count: returned }) : t('noneReturned')}</p>
      <DataTable
        variant="workspace"
        caption={t('caption')}
        captionHidden
        columns={columns}
        rows={sorted}
        rowKey={(report) => report.id}
        empty={t('empty')}
        scroll
      />
    </div>
  );
}
