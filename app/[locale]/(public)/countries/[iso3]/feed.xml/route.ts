import { countryFeedResponse } from '@/lib/feeds/country-feed';

/** /fr/countries/nor/feed.xml and the like: the state's verified updates in that language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale, iso3 } = await params;
  return countryFeedResponse(iso3, locale);
}
