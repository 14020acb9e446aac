import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getReferenceText, getStandardText } from '@/lib/i18n/standard-text';
import { FrameworkName, RetiredMark } from '@/components/public/reference-marks';
import { frameworkQuery } from '@/lib/public/framework-choice';
import { DistributionBar } from '@/components/public/distribution-bar';
import { ScoreValue } from '@/components/public/score-value';
import { StatusBadge } from '@/components/public/status-badge';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageSection } from '@/components/ui/page-section';
import { getCachedStandardDetail } from '@/db/queries/public-cache';
import { countryName, sortByName } from '@/lib/format';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { pageAlternates } from '@/lib/i18n/alternates';

type Props = { params: Promise<{ locale: string; code: string }> };

// No loading.tsx here on purpose: an unknown code must still be answered with a 404 status.

// Rendered on first request, then cached until its data changes (see the locale layout).
export function generateStaticParams(): { code: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code, locale } = await params;
  const [detail, text] = await Promise.all([getCachedStandardDetail(code.toUpperCase()), getStandardText()]);
  if (!detail) return {};
  const standard = text(detail.standard);
  return {
    title: `${standard.code}: ${standard.title}`,
    description: standard.description,
    alternates: await pageAlternates(`/standards/${detail.standard.code.toLowerCase()}`, locale),
  };
}

export default async function StandardPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const detail = await getCachedStandardDetail(code.toUpperCase());
  if (!detail) notFound();
  const canonical = detail.standard.code.toLowerCase();
  if (code !== canonical) permanentRedirect(getPathname({ href: `/standards/${canonical}`, locale }));
  const [t, format, reference] = await Promise.all([
    getTranslations('public.standardPage'),
    getFormatter(),
    getReferenceText(),
  ]);
  const standard = reference.standard(detail.standard);
  const framework = reference.framework(detail.standard.framework.code);
  const countries = sortByName(
    detail.countries.map((row) => ({ ...row, displayName: countryName(row, locale) })),
    (row) => row.displayName,
    locale,
  );
  const countryColumns: DataColumn<(typeof countries)[number]>[] = [
    {
      label: t('country'),
      rowHeader: true,
      cell: (row) => (
        <Link href={`/countries/${row.iso3.toLowerCase()}`} className="text-brand-700 underline underline-offset-4">
          {row.displayName}
        </Link>
      ),
    },
    { label: t('commitments'), numeric: true, cell: (row) => format.number(row.commitments) },
    { label: t('distribution'), cell: (row) => <DistributionBar distribution={row.distribution} /> },
    { label: t('score'), numeric: true, cell: (row) => <ScoreValue score={row.score} /> },
  ];

  return (
    <article className="space-y-10">
      <header className="max-w-3xl space-y-3">
        <Breadcrumbs
          label={t('breadcrumb')}
          trail={[{ href: '/standards', label: t('allStandards') }]}
          current={detail.standard.code}
        />
        <p className="text-sm text-slate-700" data-framework={framework.code}>
          {t('framework')}{' '}
          <Link
            href={{ pathname: '/standards', query: frameworkQuery(framework.code) }}
            className="text-brand-700 underline underline-offset-4"
          >
            <FrameworkName framework={framework} />
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">
          <span className="font-mono">{standard.code}</span> <span {...standard.titleMark}>{standard.title}</span>
        </h1>
        {standard.retiredAt ? (
          <p>
            <RetiredMark retiredAt={standard.retiredAt} /> <span className="text-slate-700">{t('retiredNote')}</span>
          </p>
        ) : null}
        <p className="text-lg text-slate-800" {...standard.descriptionMark}>
          {standard.description}
        </p>
      </header>

      <PageSection headingId="summary-heading" title={t('summaryHeading')} className="max-w-3xl space-y-4">
        <p>
          {t('summary', { commitments: detail.progress.commitments, countries: detail.progress.countries })}{' '}
          <span className="font-semibold">
            {t('score')} <ScoreValue score={detail.progress.score} className="" />
          </span>
        </p>
        {detail.progress.commitments > 0 ? <DistributionBar distribution={detail.progress.distribution} /> : null}
      </PageSection>

      <PageSection headingId="countries-heading" title={t('countriesHeading')}>
        <DataTable
          caption={t('countriesCaption', { code: detail.standard.code })}
          captionId="countries-caption"
          columns={countryColumns}
          rows={countries}
          rowKey={(row) => row.iso3}
          empty={t('none')}
          scroll
        />
      </PageSection>

      <PageSection headingId="commitments-heading" title={t('commitmentsHeading')}>
        {detail.commitments.length === 0 ? (
          <p className="text-slate-700">{t('none')}</p>
        ) : (
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {detail.commitments.map((commitment) => (
              <li key={commitment.ref} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <Link
                    href={`/commitments/${commitment.ref.toLowerCase()}`}
                    className="text-brand-700 underline underline-offset-4"
                  >
                    <span className="font-mono text-sm">{commitment.ref}</span>{' '}
                    <span lang={commitment.language}>{commitment.title}</span>
                  </Link>{' '}
                  <span className="text-slate-700">({countryName(commitment.country, locale)})</span>
                </span>
                <StatusBadge status={commitment.status} />
              </li>
            ))}
          </ul>
        )}
        {detail.commitmentsTotal > detail.commitments.length ? (
          <p className="text-slate-700" data-truncated="true">
            {t.rich('truncated', {
              shown: detail.commitments.length,
              total: detail.commitmentsTotal,
              csv: (chunks) => (
                <a
                  href={`/api/v1/commitments.csv?standard=${standard.code}`}
                  className="text-brand-700 underline underline-offset-4"
                >
                  {chunks}
                </a>
              ),
              json: (chunks) => (
                <a
                  href={`/api/v1/commitments?standard=${standard.code}`}
                  className="text-brand-700 underline underline-offset-4"
                >
                  {chunks}
                </a>
              ),
            })}
          </p>
        ) : null}
      </PageSection>
    </article>
  );
}
