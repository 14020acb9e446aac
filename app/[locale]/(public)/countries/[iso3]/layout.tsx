import { notFound, permanentRedirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { findCountryByIso3 } from '@/db/queries/countries';
import { getPathname } from '@/lib/i18n/navigation';

type Props = { children: ReactNode; params: Promise<{ locale: string; iso3: string }> };

/**
 * Runs before the page's loading boundary starts streaming, so that the response status is still
 * open: an unknown code gets a real 404, and an upper-case code a permanent redirect to the one
 * canonical, lower-case address (/countries/NOR → /countries/nor).
 */
export default async function CountryLayout({ children, params }: Props) {
  const { locale, iso3 } = await params;
  const country = await findCountryByIso3({ iso3 });
  if (!country) notFound();
  const canonical = country.iso3.toLowerCase();
  if (iso3 !== canonical) permanentRedirect(getPathname({ href: `/countries/${canonical}`, locale }));
  return children;
}
