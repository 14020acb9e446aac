import { countryImageResponse } from '@/lib/share-image/country-image';

/** /fr/countries/nor/og.png, /ar/countries/nor/og.png and the like: the share image in that language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale, iso3 } = await params;
  return countryImageResponse(iso3, locale);
}
