import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/ui/notice';
import { ReportForm } from '@/components/workflow/report-form';
import { ReportVoices } from '@/components/workflow/report-voices';
import { PageSection } from '@/components/ui/page-section';
import { getReport } from '@/db/queries/report-lists';
import { getCurrentUser, requirePermission } from '@/lib/auth/session';
import { isoDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { can } from '@/lib/permissions';
import { ASSESSABLE_STATUSES, isReportEditable } from '@/lib/workflow/rules';
import { saveReportAction } from '../actions';
import { parseRouteId } from '@/lib/validation/route-id';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.report' });
  const reportId = parseRouteId(id);
  const [report, user] = await Promise.all([reportId !== null ? getReport({ id: reportId }) : null, getCurrentUser()]);
  // Named by its commitment's reference and its date, never by the database's number; only to someone who may read it.
  return {
    title:
      report && can(user, 'country.read_drafts', { countryId: report.countryId })
        ? t('named', { ref: report.commitmentRef, date: formatDate(report.reportedOn, locale) })
        : t('untitled'),
  };
}

/** One report: what was claimed and decided, and, while it is the focal point's to change, the form. */
export default async function ReportPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const reportId = parseRouteId(id);
  const report = reportId !== null ? await getReport({ id: reportId }) : null;
  // The report's country comes from its row: a focal point of another state gets "not found".
  const user = await requirePermission({
    locale,
    action: 'country.read_drafts',
    resource: { countryId: report?.countryId ?? null },
  });
  if (!report) notFound();
  const [t, tf, ts, saved] = await Promise.all([
    getTranslations('workflow.report'),
    getTranslations('workflow.reportForm'),
    getTranslations('public.status'),
    searchParams.then((query) => query.saved),
  ]);
  const editable = isReportEditable(report.state) && can(user, 'report.write', { countryId: report.countryId });

  return (
    <div className="space-y-8">
      {saved === 'submitted' ? (
        <Notice tone="success">{tf('submitted')}</Notice>
      ) : saved === 'draft' ? (
        <Notice tone="success">{tf('savedDraft')}</Notice>
      ) : null}
      <p>
        <Link
          href={`/workspace/commitments/${report.commitmentId}`}
          className="text-brand-700 underline underline-offset-4"
        >
          {report.commitmentRef}
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">
        {t.rich('heading', {
          ref: report.commitmentRef,
          date: formatDate(report.reportedOn, locale),
          title: report.commitmentTitle,
          text: (chunks) => <span lang={report.commitmentLanguage}>{chunks}</span>,
        })}
      </h1>
      <ReportVoices report={report} />
      {editable ? (
        <PageSection
          headingId="revise-heading"
          title={report.state === 'returned' ? tf('reviseHeading') : tf('editHeading')}
        >
          <ReportForm
            action={saveReportAction}
            commitmentId={report.commitmentId}
            report={report}
            statuses={ASSESSABLE_STATUSES.map((status) => ({ value: status, label: ts(status) }))}
            today={isoDate()}
          />
        </PageSection>
      ) : null}
    </div>
  );
}
