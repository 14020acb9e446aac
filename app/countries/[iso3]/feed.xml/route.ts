import { routing } from '@/lib/i18n/routing';
import { countryFeedResponse } from '@/lib/feeds/country-feed';

/** /countries/nor/feed.xml: the state's verified updates, in the default language. */
export async function GET(_request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  return countryFeedResponse((await params).iso3, routing.defaultLocale);
}
