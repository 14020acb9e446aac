import { siteFeedResponse } from '@/lib/feeds/site-feed';

/** /fr/feed.xml, /ar/feed.xml and the like: the latest verified progress reports in that language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return siteFeedResponse((await params).locale);
}
