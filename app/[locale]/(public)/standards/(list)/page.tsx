import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StandardProgressTable } from '@/components/public/standard-progress-table';
import { StandardsMatrix } from '@/components/public/standards-matrix';
import { PageSection } from '@/components/ui/page-section';
import { getCachedStandardsMatrix, getCachedStandardsProgress } from '@/db/queries/public-cache';
import { pageAlternates } from '@/lib/i18n/alternates';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'public.standardsPage' });
  return { title: t('title'), description: t('intro'), alternates: await pageAlternates('/standards', locale) };
}

export default async function StandardsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, progress, matrix] = await Promise.all([
    getTranslations('public.standardsPage'),
    getCachedStandardsProgress(),
    getCachedStandardsMatrix(),
  ]);
  return (
    <div className="space-y-10">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
      </header>
      <PageSection headingId="progress-heading" title={t('progressHeading')}>
        <StandardProgressTable rows={progress} caption={t('progressCaption')} />
      </PageSection>
      <PageSection headingId="matrix-heading" title={t('matrixHeading')} description={t('matrixIntro')}>
        <StandardsMatrix matrix={matrix} />
      </PageSection>
    </div>
  );
}
