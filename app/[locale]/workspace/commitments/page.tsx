import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { CalendarDate } from '@/components/public/partial-date';
import type { DataColumn } from '@/components/ui/data-table';
import { FilterSelect, filterControlClass } from '@/components/workspace/filter-select';
import { PagedTable } from '@/components/workspace/paged-table';
import { COMMITMENTS_PAGE_SIZE, listCommitmentChoices, listCommitments } from '@/db/queries/commitment-lists';
import { publicationStateEnum } from '@/db/schema';
import { BULK_FORM_ID, BulkPublicationForm } from '@/components/workflow/bulk-publication-form';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/permissions';
import { getStandardText } from '@/lib/i18n/standard-text';
import { countryChoices, countryNameOf } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { filterQuery, firstValues, type SearchParams } from '@/lib/query-string';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';
import { commitmentFiltersSchema } from '@/lib/validation/commitment';
import { changeManyPublicationsAction } from './actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.commitments' });
  return { title: t('title') };
}

export default async function CommitmentsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission({ locale, action: 'commitment.update' });
  const bulk = can(user, 'commitment.publish_many');
  const raw = firstValues(await searchParams);
  const filters = commitmentFiltersSchema.parse(raw);
  const [t, ts, list, choices, text] = await Promise.all([
    getTranslations('workflow.commitments'),
    getTranslations('public.status'),
    listCommitments({ filters }),
    listCommitmentChoices(),
    getStandardText(),
  ]);
  const query = filterQuery(raw);
  const exportQuery = new URLSearchParams(query).toString();
  const columns: DataColumn<(typeof list.rows)[number]>[] = [
    // Drafts can be ticked, to publish or archive several at once (the form above the table).
    ...(bulk && list.rows.some((row) => row.publication === 'draft')
      ? [
          {
            label: t('bulk.selectColumn'),
            cell: (row: (typeof list.rows)[number]) =>
              row.publication === 'draft' ? (
                <input
                  type="checkbox"
                  name="selected"
                  value={`${row.id}:${row.version}`}
                  form={BULK_FORM_ID}
                  aria-label={t('bulk.select', { ref: row.ref })}
                  className="size-6"
                />
              ) : null,
          },
        ]
      : []),
    {
      label: t('columns.ref'),
      className: 'whitespace-nowrap',
      cell: (row) => (
        <Link
          href={`/workspace/commitments/${row.id}`}
          className="font-medium text-brand-700 underline underline-offset-4"
        >
          {row.ref}
        </Link>
      ),
    },
    { label: t('columns.title'), cell: (row) => <span lang={row.language}>{row.title}</span> },
    { label: t('columns.country'), cell: (row) => countryNameOf(row, locale) },
    { label: t('columns.status'), cell: (row) => <StatusBadge status={row.status} /> },
    { label: t('columns.publication'), cell: (row) => t(`publicationStates.${row.publication}`) },
    {
      label: t('columns.targetDate'),
      className: 'whitespace-nowrap',
      cell: (row) => (
        <>
          {row.targetDate ? <CalendarDate value={row.targetDate} style="medium" /> : '—'}
          {row.overdue ? <span className="ms-2 font-semibold text-red-800">{t('overdue')}</span> : null}
        </>
      ),
    },
  ];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/workspace/commitments/new"
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
          >
            {t('new')}
          </Link>
          <Link
            href="/workspace/import"
            className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 no-underline"
          >
            {t('import')}
          </Link>
          <a
            href={`/${locale === 'en' ? '' : `${locale}/`}workspace/commitments/export${exportQuery ? `?${exportQuery}` : ''}`}
            className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 no-underline"
          >
            {t('export')}
          </a>
        </div>
      </div>

      <form
        method="get"
        className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2 lg:grid-cols-3"
        aria-label={t('filters')}
      >
        <label className="block">
          <span className="font-medium">{t('search')}</span>
          <input type="search" name="q" defaultValue={filters.q ?? ''} className={filterControlClass} />
        </label>
        <FilterSelect
          name="countryId"
          label={t('country')}
          value={filters.countryId}
          anyLabel={t('any')}
          options={countryChoices(choices.countries, locale).map((country) => ({
            value: country.id,
            label: country.name,
          }))}
        />
        <FilterSelect
          name="standardId"
          label={t('standard')}
          value={filters.standardId}
          anyLabel={t('any')}
          options={choices.standards
            .map(text)
            .map((standard) => ({
              value: standard.id,
              label: `${standard.code} ${standard.title}`,
              mark: standard.titleMark,
            }))}
        />
        <FilterSelect
          name="status"
          label={t('status')}
          value={filters.status}
          anyLabel={t('any')}
          options={IMPLEMENTATION_STATUSES.map((status) => ({ value: status, label: ts(status) }))}
        />
        <FilterSelect
          name="publication"
          label={t('publication')}
          value={filters.publication}
          anyLabel={t('notArchived')}
          options={publicationStateEnum.enumValues.map((state) => ({
            value: state,
            label: t(`publicationStates.${state}`),
          }))}
        />
        <label className="flex items-center gap-2 self-end pb-2">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="size-5" />
          <span className="font-medium">{t('overdueOnly')}</span>
        </label>
        <div className="flex gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
            {t('apply')}
          </button>
          <Link href="/workspace/commitments" className="px-4 py-2 text-brand-700 underline underline-offset-4">
            {t('clear')}
          </Link>
        </div>
      </form>

      <p role="status">{t('count', { count: list.total })}</p>
      {/* Kept when no draft is left on the page, so that it can say what it just did. */}
      {bulk ? (
        <BulkPublicationForm
          action={changeManyPublicationsAction}
          selectable={list.rows.some((row) => row.publication === 'draft')}
        />
      ) : null}
      <PagedTable
        list={list}
        columns={columns}
        rowKey={(row) => row.id}
        caption={t('caption')}
        pageSize={COMMITMENTS_PAGE_SIZE}
        pathname="/workspace/commitments"
        query={query}
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
