import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { PageSection } from '@/components/ui/page-section';
import { listCountryCommitments } from '@/db/queries/commitment-lists';
import { getOpenRound } from '@/db/queries/rounds';
import { getCountryNaming } from '@/db/queries/countries';
import { requirePermission, requireUser } from '@/lib/auth/session';
import { countryName, formatDate } from '@/lib/format';
import { isoDate } from '@/lib/dates';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.country' });
  return { title: t('title') };
}

/** A focal point's own state: its commitments with their status, and what the open round still waits for. */
export default async function CountryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const signedIn = await requireUser({ locale });
  const user = await requirePermission({ locale, action: 'report.write', resource: { countryId: signedIn.countryId } });
  const countryId = user.countryId!;
  const round = await getOpenRound();
  const [t, tc, tr, rows, country] = await Promise.all([
    getTranslations('workflow.country'),
    getTranslations('workflow.commitments'),
    getTranslations('workflow.report'),
    listCountryCommitments({ countryId, openRoundId: round?.id ?? null }),
    getCountryNaming({ id: countryId }),
  ]);
  const due = rows.filter((row) => row.dueInOpenRound);
  const late = round !== null && isoDate() > round.deadline;
  const link = 'text-brand-700 underline underline-offset-4';
  const columns: DataColumn<(typeof rows)[number]>[] = [
    {
      label: tc('columns.ref'),
      className: 'whitespace-nowrap',
      cell: (row) => (
        <Link href={`/workspace/commitments/${row.id}`} className={`font-medium ${link}`}>
          {row.ref}
        </Link>
      ),
    },
    {
      label: tc('columns.title'),
      cell: (row) => (
        <>
          <span lang={row.language}>{row.title}</span>
          {row.publication !== 'published' ? (
            <span className="ms-2 text-sm">({tc(`publicationStates.${row.publication}`)})</span>
          ) : null}
        </>
      ),
    },
    { label: tc('columns.status'), cell: (row) => <StatusBadge status={row.status} /> },
    {
      label: t('latestReport'),
      cell: (row) => (
        <>
          {row.latestReport ? (
            <Link href={`/workspace/reports/${row.latestReport.id}`} className={link}>
              {tr(`states.${row.latestReport.state}`)}
            </Link>
          ) : (
            '—'
          )}
          {row.dueInOpenRound ? <span className="ms-2 font-semibold">{t('due')}</span> : null}
        </>
      ),
    },
    {
      label: t('action'),
      cell: (row) =>
        row.publication === 'published' && (!row.latestReport || row.latestReport.state === 'verified') ? (
          <Link href={`/workspace/reports/new?commitment=${row.id}`} className={link}>
            {t('report', { ref: row.ref })}
          </Link>
        ) : row.latestReport && (row.latestReport.state === 'draft' || row.latestReport.state === 'returned') ? (
          <Link href={`/workspace/reports/${row.latestReport.id}`} className={link}>
            {t(row.latestReport.state === 'returned' ? 'revise' : 'continue', { ref: row.ref })}
          </Link>
        ) : null,
    },
  ];

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">
        {t('heading', { country: country ? countryName(country, locale) : '' })}
      </h1>
      <PageSection headingId="round-heading" title={t('roundHeading')} className="space-y-2">
        {round ? (
          <p className={late && due.length > 0 ? 'font-semibold text-red-800' : undefined}>
            {t(late ? 'roundLate' : 'roundOpen', {
              title: round.title,
              deadline: formatDate(round.deadline, locale),
              count: due.length,
            })}
          </p>
        ) : (
          <p>{t('noRound')}</p>
        )}
        <p>
          <Link href="/workspace/reports" className="text-brand-700 underline underline-offset-4">
            {t('myReports')}
          </Link>
        </p>
      </PageSection>
      <PageSection headingId="commitments-heading" title={t('commitmentsHeading')}>
        <DataTable
          variant="workspace"
          caption={t('caption')}
          captionHidden
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          empty={t('empty')}
          scroll
        />
      </PageSection>
    </div>
  );
}
