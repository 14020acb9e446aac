import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { CountriesList, countriesMetadata } from '../countries-list';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = countriesMetadata;

// A sorted or filtered view of /countries (proxy.ts sends requests with a query here): rendered per
// request, since views are many, from the cached data.
export const dynamic = 'force-dynamic';

export default async function CountriesViewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <CountriesList locale={locale} query={await searchParams} />;
}
