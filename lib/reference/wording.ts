import { languageName } from '@/lib/i18n/content-language';
import { directionOf, locales, type Locale } from '@/lib/i18n/routing';

/**
 * A framework's or a standard's text in the reader's language, or in English where that language has
 * none, with the language it is in: the element showing it carries `lang` when it differs from the page's.
 */
export function wordingIn<T>(texts: { en: T } & Partial<Record<Locale, T>>, locale: string): { text: T; lang: Locale } {
  const own = texts[locale as Locale];
  return own ? { text: own, lang: locale as Locale } : { text: texts.en, lang: 'en' };
}

/**
 * `lang` and `dir` for an element whose text is in `lang`, on a page in `locale`: only when they differ,
 * so that an English title on an Arabic page is read in English and keeps its own direction.
 */
export function textAttributes(lang: string, locale: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (lang === locale) return {};
  return directionOf(lang) === directionOf(locale) ? { lang } : { lang, dir: directionOf(lang) };
}

/**
 * The languages reference texts are kept in (the interface's six), English first, each named in the
 * reader's language and with its writing direction, for the forms' groups of fields.
 */
export function textLanguages(readerLocale: string): { locale: Locale; name: string; dir: 'ltr' | 'rtl' }[] {
  return locales.map((locale) => ({ locale, name: languageName(locale, readerLocale), dir: directionOf(locale) }));
}
