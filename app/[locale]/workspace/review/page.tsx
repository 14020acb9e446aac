import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Timestamp } from '@/components/ui/timestamp';
import { Notice } from '@/components/ui/notice';
import { ReportFiltersForm } from '@/components/workflow/report-filters';
import { listCommitmentChoices } from '@/db/queries/commitment-lists';
import { listReviewQueue } from '@/db/queries/report-lists';
import { listRounds } from '@/db/queries/rounds';
import { requirePermission } from '@/lib/auth/session';
import { countryNameOf } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { firstValues, type SearchParams } from '@/lib/query-string';
import { reportFiltersSchema } from '@/lib/validation/report';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.review' });
  return { title: t('queueTitle') };
}

/** Submitted reports, the longest-waiting first, filtered by member state, round and claimed status. */
export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'report.review' });
  const query = firstValues(await searchParams);
  const { countryId, roundId, claimedStatus } = reportFiltersSchema.parse(query);
  const filters = { countryId, roundId, claimedStatus };
  const filtered = Object.values(filters).some((value) => value !== undefined);
  const [t, queue, choices, rounds] = await Promise.all([
    getTranslations('workflow.review'),
    listReviewQueue({ limit: 200, filters }),
    listCommitmentChoices(),
    listRounds(),
  ]);
  const columns: DataColumn<(typeof queue.rows)[number]>[] = [
    {
      label: t('columns.submitted'),
      className: 'whitespace-nowrap',
      cell: (row) => (row.submittedAt ? <Timestamp value={row.submittedAt} /> : '—'),
    },
    { label: t('columns.country'), cell: (row) => countryNameOf(row, locale) },
    {
      label: t('columns.commitment'),
      cell: (row) => (
        <>
          <span className="font-medium">{row.commitmentRef}</span>{' '}
          <span lang={row.commitmentLanguage}>{row.commitmentTitle}</span>
        </>
      ),
    },
    { label: t('columns.claim'), cell: (row) => <StatusBadge status={row.claimedStatus} /> },
    {
      label: t('columns.review'),
      cell: (row) => (
        <Link href={`/workspace/review/${row.id}`} className="font-medium text-brand-700 underline underline-offset-4">
          {t('reviewReport', { ref: row.commitmentRef })}
        </Link>
      ),
    },
  ];
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
      <ReportFiltersForm
        pathname="/workspace/review"
        filters={{ ...filters, page: 1 }}
        countries={choices.countries}
        rounds={rounds}
      />
      <p role="status">{t(filtered ? 'waitingFiltered' : 'waiting', { count: queue.total })}</p>
      {queue.rows.length > 0 ? (
        <DataTable
          variant="workspace"
          caption={t('queueCaption')}
          captionHidden
          columns={columns}
          rows={queue.rows}
          rowKey={(row) => row.id}
          scroll
        />
      ) : null}
    </div>
  );
}
