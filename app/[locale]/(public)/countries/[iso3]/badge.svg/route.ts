import { countryBadgeResponse } from '@/lib/badge/country-badge';

/** /fr/countries/nor/badge.svg, /ar/countries/nor/badge.svg and the like: the badge in that language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale, iso3 } = await params;
  return countryBadgeResponse(iso3, locale);
}
