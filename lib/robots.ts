import type { MetadataRoute } from 'next';
import { routing } from '@/lib/i18n/routing';

/**
 * robots.txt: everything may be crawled except the signed-in workspace, in every language. The
 * default locale has no prefix (/workspace), the others do (/fr/workspace). The list is a parameter,
 * the app's own by default, so that a test can add a locale and see its workspace excluded too.
 */
export function robotsRules({
  locales = routing.locales,
  defaultLocale = routing.defaultLocale,
  origin,
}: { locales?: readonly string[]; defaultLocale?: string; origin?: string } = {}): MetadataRoute.Robots {
  const prefixes = ['', ...locales.filter((locale) => locale !== defaultLocale).map((locale) => `/${locale}`)];
  return {
    rules: { userAgent: '*', allow: '/', disallow: prefixes.map((prefix) => `${prefix}/workspace`) },
    // The sitemap must be named by an absolute URL (sitemaps.org), so it follows the site's origin.
    ...(origin ? { sitemap: `${origin}/sitemap.xml` } : {}),
  };
}
