import { routing } from '@/lib/i18n/routing';
import { countryImageResponse } from '@/lib/share-image/country-image';

/**
 * /countries/nor/og.png: the Open Graph image in the default language (1200×630); /fr/countries/nor/og.png
 * and the like are in [locale]. A route rather than opengraph-image.tsx: that file would live under
 * [locale] and be addressed with the locale in its path, which the proxy redirects for the default
 * language; crawlers deserve one hop.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  return countryImageResponse((await params).iso3, routing.defaultLocale);
}
