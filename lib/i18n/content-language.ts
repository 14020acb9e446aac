import { contentLanguageEnum, type ContentLanguage } from '@/db/schema';
import { sortByName } from '@/lib/format';

/**
 * The languages a commitment's texts may be written in (the closed list and why it is closed are at
 * contentLanguageEnum in db/schema.ts), named in the reader's language for the form's choice.
 */

export const CONTENT_LANGUAGES: readonly ContentLanguage[] = contentLanguageEnum.enumValues;

export function isContentLanguage(value: string): value is ContentLanguage {
  return (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** "French" in English, "français" in French: the runtime's CLDR names, so every locale has them. */
export function languageName(code: string, locale: string): string {
  try {
    let names = languageNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
      languageNames.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The choice on the commitment form, sorted as a reader of `locale` expects. */
export function languageOptions(locale: string): Array<{ value: ContentLanguage; label: string }> {
  return sortByName(
    CONTENT_LANGUAGES.map((value) => ({ value, label: languageName(value, locale) })),
    (option) => option.label,
    locale,
  );
}
