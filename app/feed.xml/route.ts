import { routing } from '@/lib/i18n/routing';
import { siteFeedResponse } from '@/lib/feeds/site-feed';

/** /feed.xml: the latest verified progress reports, in the default language. */
export async function GET() {
  return siteFeedResponse(routing.defaultLocale);
}
