import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import type { DataColumn } from '@/components/ui/data-table';
import { Timestamp } from '@/components/ui/timestamp';
import { ReportFiltersForm } from '@/components/workflow/report-filters';
import { PagedTable } from '@/components/workspace/paged-table';
import { listCommitmentChoices } from '@/db/queries/commitment-lists';
import { listReports, REPORTS_PAGE_SIZE } from '@/db/queries/report-lists';
import { listRounds } from '@/db/queries/rounds';
import { reportStateEnum } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { countryNameOf } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { filterQuery, firstValues, type SearchParams } from '@/lib/query-string';
import { reportFiltersSchema } from '@/lib/validation/report';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.allReports' });
  return { title: t('title') };
}

/**
 * Every report in any state, for the secretariat: drafts, reports waiting for review, returned ones
 * waiting on their state, verified ones; filtered by state, member state, round and claimed status.
 */
export default async function AllReportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'report.list' });
  const raw = firstValues(await searchParams);
  const filters = reportFiltersSchema.parse(raw);
  const [t, tr, list, choices, rounds] = await Promise.all([
    getTranslations('workflow.allReports'),
    getTranslations('workflow.report'),
    listReports({ filters, page: filters.page }),
    listCommitmentChoices(),
    listRounds(),
  ]);
  const columns: DataColumn<(typeof list.rows)[number]>[] = [
    {
      label: t('columns.commitment'),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link
            href={row.state === 'submitted' ? `/workspace/review/${row.id}` : `/workspace/reports/${row.id}`}
            className="font-medium text-brand-700 underline underline-offset-4"
          >
            {row.commitmentRef}
          </Link>{' '}
          <span lang={row.commitmentLanguage}>{row.commitmentTitle}</span>
        </>
      ),
    },
    { label: t('columns.country'), cell: (row) => countryNameOf(row, locale) },
    {
      label: t('columns.state'),
      cell: (row) => (row.state === 'returned' ? <strong>{tr('states.returned')}</strong> : tr(`states.${row.state}`)),
    },
    { label: t('columns.claim'), cell: (row) => <StatusBadge status={row.claimedStatus} /> },
    {
      label: t('columns.assessment'),
      cell: (row) => (row.assessedStatus ? <StatusBadge status={row.assessedStatus} /> : '—'),
    },
    { label: t('columns.round'), cell: (row) => row.roundTitle ?? '—' },
    { label: t('columns.updated'), className: 'whitespace-nowrap', cell: (row) => <Timestamp value={row.updatedAt} /> },
  ];

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <ReportFiltersForm
        pathname="/workspace/reports/all"
        filters={filters}
        states={reportStateEnum.enumValues}
        countries={choices.countries}
        rounds={rounds}
      />
      <p role="status">{t('count', { count: list.total })}</p>
      <PagedTable
        list={list}
        columns={columns}
        rowKey={(row) => row.id}
        caption={t('caption')}
        pageSize={REPORTS_PAGE_SIZE}
        pathname="/workspace/reports/all"
        query={filterQuery(raw)}
        labels={{
          nav: t('pagination'),
          previous: t('previous'),
          next: t('next'),
          status: t('pageStatus', { page: list.page, pages: list.pageCount }),
        }}
      />
    </div>
  );
}
