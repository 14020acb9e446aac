import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CountriesTable } from '@/components/public/countries-table';
import { listCountries } from '@/db/queries/countries';
import { countryName, sortByName } from '@/lib/format';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'public.countries' });
  return { title: t('title'), description: t('intro') };
}

export default async function CountriesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, rows] = await Promise.all([getTranslations('public.countries'), listCountries()]);
  const named = sortByName(
    rows.map((row) => ({ ...row, displayName: countryName(row, locale) })),
    (row) => row.displayName,
    locale,
  );

  return (
    <div className="space-y-6">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
      </header>
      <CountriesTable rows={named} />
    </div>
  );
}
