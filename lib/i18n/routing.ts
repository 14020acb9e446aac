import { defineRouting } from 'next-intl/routing';

export const locales = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type Locale = (typeof locales)[number];

/** Right-to-left locales (Arabic among ours); `dir` on <html> is derived from this list. */
const rtlLocales: readonly string[] = ['ar', 'fa', 'he', 'ur'];

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return rtlLocales.includes(locale) ? 'rtl' : 'ltr';
}

// English has no prefix (/countries); other locales do (/fr/countries).
export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  localePrefix: 'as-needed',
  // The language comes from the URL alone, so a cached page is the same for everyone who asks for it.
  localeDetection: false,
  // Nor is it remembered in a cookie: a public response that sets one cannot be kept by a shared cache
  // (a CDN, a reverse proxy), and nothing would read it with detection off.
  localeCookie: false,
});

/** `value` when it is one of the app's locales (a person's stored language, say), otherwise `fallback`. */
export function localeOr(value: string | null | undefined, fallback: Locale = routing.defaultLocale): Locale {
  return (locales as readonly string[]).includes(value ?? '') ? (value as Locale) : fallback;
}
