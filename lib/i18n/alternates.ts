import 'server-only';
import type { Metadata } from 'next';
import { siteOrigin } from '@/lib/site-url';
import { locales, routing } from './routing';

/**
 * The address of a public page in each language (English unprefixed, the others under /fr, /es…), for
 * the canonical link, the hreflang alternates and the sitemap, so that the three always agree.
 */
export function localisedUrl(origin: string, pathname: string, locale: string): string {
  const prefix = locale === routing.defaultLocale ? '' : `/${locale}`;
  if (pathname === '/') return `${origin}${prefix}/`;
  return `${origin}${prefix}${pathname}`;
}

export function languageAlternates(origin: string, pathname: string): Record<string, string> {
  return {
    ...Object.fromEntries(locales.map((locale) => [locale, localisedUrl(origin, pathname, locale)])),
    'x-default': localisedUrl(origin, pathname, routing.defaultLocale),
  };
}

/** `alternates` for a public page's metadata: its canonical address in this language and the others. */
export async function pageAlternates(
  pathname: string,
  locale: string,
  extra: Omit<NonNullable<Metadata['alternates']>, 'canonical' | 'languages'> = {},
): Promise<NonNullable<Metadata['alternates']>> {
  const origin = await siteOrigin();
  return {
    canonical: localisedUrl(origin, pathname, locale),
    languages: languageAlternates(origin, pathname),
    ...extra,
  };
}
