import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { CountriesList, countriesMetadata } from './countries-list';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = countriesMetadata;

/** The default view, cached whole: the address most people open, and the one to survive a rush. */
export default async function CountriesPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <CountriesList locale={locale} query={{}} />;
}
