import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DistributionBar } from '@/components/public/distribution-bar';
import { HeadlineFigures } from '@/components/public/headline-figures';
import { StatusTable } from '@/components/public/status-table';
import { getOverviewFigures } from '@/db/queries/overview';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'public.overview' });
  return { title: { absolute: t('metaTitle') }, description: t('intro') };
}

export default async function OverviewPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, figures] = await Promise.all([getTranslations('public.overview'), getOverviewFigures()]);

  return (
    <div className="space-y-10">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
      </header>

      <HeadlineFigures figures={figures} />

      <section aria-labelledby="status-heading" className="max-w-3xl space-y-4">
        <h2 id="status-heading" className="text-2xl font-semibold">
          {t('statusHeading')}
        </h2>
        <p className="text-slate-700">{t('statusIntro')}</p>
        <DistributionBar distribution={figures.distribution} />
        <StatusTable distribution={figures.distribution} caption={t('statusCaption')} />
      </section>

      <p>
        <Link href="/countries" className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800">
          {t('allCountries')}
        </Link>
      </p>
    </div>
  );
}

