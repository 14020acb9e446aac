import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FrameworkName } from '@/components/public/reference-marks';
import { StandardProgressTable } from '@/components/public/standard-progress-table';
import { StandardsMatrix } from '@/components/public/standards-matrix';
import { PageSection } from '@/components/ui/page-section';
import { getCachedStandardsMatrix, getCachedStandardsProgress } from '@/db/queries/public-cache';
import { pageAlternates } from '@/lib/i18n/alternates';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { getReferenceText } from '@/lib/i18n/standard-text';
import { chooseFramework, frameworkQuery, matrixOfFramework } from '@/lib/public/framework-choice';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The framework shown comes from the query (?framework=css): rendered per request, from the cached data.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'public.standardsPage' });
  return { title: t('title'), description: t('intro'), alternates: await pageAlternates('/standards', locale) };
}

export default async function StandardsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, progress, matrix, reference, query] = await Promise.all([
    getTranslations('public.standardsPage'),
    getCachedStandardsProgress(),
    getCachedStandardsMatrix(),
    getReferenceText(),
    searchParams,
  ]);
  // Only frameworks with standards are offered: an empty one has nothing to show yet.
  const frameworks = reference.frameworks.filter((framework) =>
    progress.some((standard) => standard.framework.code === framework.code),
  );
  const framework = chooseFramework(frameworks, query.framework);
  if (!framework) notFound();
  const rows = progress.filter((standard) => standard.framework.code === framework.code);
  const nameTag = (chunks: ReactNode) => <span {...framework.nameMark}>{chunks}</span>;

  return (
    <div className="space-y-10">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
      </header>
      {frameworks.length > 1 ? (
        <nav aria-labelledby="framework-choice-label" className="space-y-2" data-framework-choice="true">
          <p id="framework-choice-label" className="font-medium">
            {t('frameworkChoice')}
          </p>
          <ul className="flex flex-wrap gap-3">
            {frameworks.map((choice) => {
              const current = choice.code === framework.code;
              return (
                <li key={choice.code}>
                  <Link
                    href={{ pathname: '/standards', query: frameworkQuery(choice.code) }}
                    aria-current={current ? 'page' : undefined}
                    className={`inline-flex min-h-11 flex-wrap items-center gap-2 rounded border px-3 py-2 ${
                      current
                        ? 'border-brand-700 bg-brand-50 font-semibold text-brand-800 no-underline'
                        : 'border-slate-400 text-brand-700 underline underline-offset-4'
                    }`}
                  >
                    <FrameworkName framework={choice} />
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      <PageSection
        headingId="framework-heading"
        title={<FrameworkName framework={framework} />}
        description={
          framework.description ? <span {...framework.descriptionMark}>{framework.description}</span> : undefined
        }
      />
      <PageSection headingId="progress-heading" title={t('progressHeading')}>
        <StandardProgressTable
          rows={rows}
          caption={t.rich('progressCaption', { framework: framework.name, name: nameTag })}
        />
      </PageSection>
      <PageSection headingId="matrix-heading" title={t('matrixHeading')} description={t('matrixIntro')}>
        <StandardsMatrix
          matrix={matrixOfFramework(matrix, framework.code)}
          caption={t.rich('matrixCaption', { framework: framework.name, name: nameTag })}
        />
      </PageSection>
    </div>
  );
}
