import { notFound, permanentRedirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { findCountryByIso3 } from '@/db/queries/countries';
import { getPathname } from '@/lib/i18n/navigation';

type Props = { children: ReactNode; params: Promise<{ locale: string; iso3: string }> };

/**
 * Decides the response before the page renders: an unknown code gets a real 404, and an upper-case
 * code a permanent redirect to the one canonical, lower-case address (/countries/NOR → /countries/nor).
 * A layout sits above any loading boundary of its segment, so this holds even if the page ever
 * streams: the status is settled before the first byte.
 */
export default async function CountryLayout({ children, params }: Props) {
  const { locale, iso3 } = await params;
  const country = await findCountryByIso3({ iso3 });
  if (!country) notFound();
  const canonical = country.iso3.toLowerCase();
  if (iso3 !== canonical) permanentRedirect(getPathname({ href: `/countries/${canonical}`, locale }));
  return children;
}
