import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { HistoryList } from '@/components/workflow/history-list';
import { ReportReturns } from '@/components/workflow/report-returns';
import { ReportVoices } from '@/components/workflow/report-voices';
import { ReturnForm, VerifyForm } from '@/components/workflow/review-forms';
import { PageSection } from '@/components/ui/page-section';
import { getCommitmentHistory } from '@/db/queries/commitment-history';
import { getCommitment } from '@/db/queries/commitment-lists';
import { getReport } from '@/db/queries/report-lists';
import { listReportReturns } from '@/db/queries/report-returns';
import { getCurrentUser, requirePermission } from '@/lib/auth/session';
import { countryNameOf } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { can } from '@/lib/permissions';
import { reportChanges } from '@/lib/workflow/report-changes';
import { ASSESSABLE_STATUSES } from '@/lib/workflow/rules';
import { returnReportAction, verifyReportAction } from '../actions';
import { parseRouteId } from '@/lib/validation/route-id';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.review' });
  const reportId = parseRouteId(id);
  const [report, user] = await Promise.all([reportId !== null ? getReport({ id: reportId }) : null, getCurrentUser()]);
  // Named by its commitment's reference, never by the database's number; only to a reviewer.
  return {
    title: report && can(user, 'report.review') ? t('reviewReport', { ref: report.commitmentRef }) : t('screenTitle'),
  };
}

/** The review screen: the claim and its evidence, the commitment and its history, and the two decisions. */
export default async function ReviewPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'report.review' });
  const reportId = parseRouteId(id);
  const report = reportId !== null ? await getReport({ id: reportId }) : null;
  if (!report) notFound();
  const [t, ts, commitment, history, returns] = await Promise.all([
    getTranslations('workflow.review'),
    getTranslations('public.status'),
    getCommitment({ id: report.commitmentId }),
    getCommitmentHistory({ commitmentId: report.commitmentId, countryId: report.countryId }),
    listReportReturns({ reportId: report.id }),
  ]);
  const lastReturn = returns.at(-1);
  // What changed since the version the secretariat returned; nothing to compare while it is still returned.
  const changes = lastReturn && report.state !== 'returned' ? reportChanges(lastReturn, report) : null;
  const statuses = ASSESSABLE_STATUSES.map((status) => ({ value: status, label: ts(status) }));

  return (
    <div className="space-y-10">
      <p>
        <Link href="/workspace/review" className="text-brand-700 underline underline-offset-4">
          {t('backToQueue')}
        </Link>
      </p>
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          {report.commitmentRef} · {countryNameOf(report, locale)}
        </p>
        <h1 className="text-3xl font-bold tracking-tight">
          {t.rich('screenHeading', {
            title: report.commitmentTitle,
            text: (chunks) => <span lang={report.commitmentLanguage}>{chunks}</span>,
          })}
        </h1>
        {commitment ? (
          <p className="flex flex-wrap items-center gap-2">
            {t('currentStatus')} <StatusBadge status={commitment.status} />
            <Link
              href={`/workspace/commitments/${commitment.id}`}
              className="ms-4 text-brand-700 underline underline-offset-4"
            >
              {t('openCommitment')}
            </Link>
          </p>
        ) : null}
      </header>

      {returns.length > 0 ? (
        <PageSection headingId="returns-heading" title={t('returnsHeading', { count: returns.length })}>
          <ReportReturns returns={returns} changes={changes} language={report.commitmentLanguage} />
        </PageSection>
      ) : null}

      <PageSection headingId="claim-heading" title={t('claimHeading')}>
        <ReportVoices report={report} />
      </PageSection>

      {report.state === 'submitted' ? (
        <section aria-label={t('decision')} className="grid gap-10 lg:grid-cols-2">
          <VerifyForm action={verifyReportAction} report={report} statuses={statuses} />
          <ReturnForm action={returnReportAction} report={report} />
        </section>
      ) : (
        <p className="rounded border-s-4 border-slate-500 bg-slate-50 p-4">{t('notWaiting')}</p>
      )}

      <PageSection headingId="history-heading" title={t('commitmentHistory')}>
        <HistoryList entries={history} />
      </PageSection>
    </div>
  );
}
