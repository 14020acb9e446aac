import { locales, routing } from '@/lib/i18n/routing';

/** Each language's URL prefix ('' for the default one, '/fr', '/ar'… for the others), from the one locale list. */
export const localePrefixes: readonly string[] = locales.map((locale) =>
  locale === routing.defaultLocale ? '' : `/${locale}`,
);
