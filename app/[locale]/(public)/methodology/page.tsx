import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { PageSection } from '@/components/ui/page-section';
import type { ImplementationStatus } from '@/db/schema';
import { STALE_AFTER_DAYS } from '@/lib/score-history';
import { IMPLEMENTATION_STATUSES, STATUS_WEIGHTS } from '@/lib/scoring';
import { pageAlternates } from '@/lib/i18n/alternates';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'public.methodology' });
  return { title: t('title'), description: t('intro'), alternates: await pageAlternates('/methodology', locale) };
}

/** The published method. Weights come from lib/scoring.ts, the module that computes every score. */
export default async function MethodologyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format] = await Promise.all([getTranslations('public.methodology'), getFormatter()]);
  const weight = (value: number | null) =>
    value === null ? t('excluded') : format.number(value, { maximumFractionDigits: 2 });
  const scale: DataColumn<ImplementationStatus>[] = [
    {
      label: t('status'),
      rowHeader: true,
      className: 'font-normal',
      cell: (status) => <StatusBadge status={status} />,
    },
    { label: t('meaning'), cell: (status) => t(`meanings.${status}`) },
    { label: t('weight'), numeric: true, cell: (status) => weight(STATUS_WEIGHTS[status]) },
  ];

  return (
    <article className="max-w-3xl space-y-10">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
      </header>

      <PageSection headingId="scale-heading" title={t('scaleHeading')}>
        <p>{t('scaleIntro')}</p>
        <DataTable
          caption={t('scaleCaption')}
          columns={scale}
          rows={IMPLEMENTATION_STATUSES}
          rowKey={(status) => status}
          rowData={(status) => ({ 'data-status-row': status })}
        />
      </PageSection>

      <PageSection headingId="score-heading" title={t('scoreHeading')} className="space-y-3">
        <p>{t('scoreRule')}</p>
        <p>{t('scoreExample')}</p>
      </PageSection>

      <PageSection headingId="verification-heading" title={t('verificationHeading')} className="space-y-3">
        <ol className="list-inside list-decimal space-y-2">
          <li>{t('verification.report')}</li>
          <li>{t('verification.review')}</li>
          <li>{t('verification.publish')}</li>
          <li>{t('verification.voices')}</li>
        </ol>
      </PageSection>

      <PageSection headingId="trend-heading" title={t('trendHeading')} className="space-y-3">
        <p>{t('trendRule')}</p>
        <p>{t('staleRule', { days: STALE_AFTER_DAYS })}</p>
      </PageSection>

      <PageSection headingId="as-of-heading" title={t('asOfHeading')} className="space-y-3">
        <p>{t('asOfIntro')}</p>
        <ul className="list-inside list-disc space-y-2">
          <li>{t('asOfPublication')}</li>
          <li>{t('asOfStatus')}</li>
          <li>{t('asOfStanding')}</li>
        </ul>
        <p>{t('asOfFixed')}</p>
      </PageSection>
    </article>
  );
}
