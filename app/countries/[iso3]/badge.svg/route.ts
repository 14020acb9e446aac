import { countryBadgeResponse } from '@/lib/badge/country-badge';
import { routing } from '@/lib/i18n/routing';

/**
 * /countries/nor/badge.svg: the badge in the default language. Outside [locale] because the proxy leaves
 * addresses with a file extension alone; /fr/countries/nor/badge.svg and the like are in [locale].
 * Browsers and CDNs may keep it for five minutes; the tagged data cache underneath is refreshed the
 * moment a verification lands.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  return countryBadgeResponse((await params).iso3, routing.defaultLocale);
}
