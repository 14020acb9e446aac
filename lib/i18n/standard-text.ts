import { getLocale } from 'next-intl/server';
import { getCachedReferenceTexts } from '@/db/queries/public-cache';
import type { ReferenceTexts } from '@/db/queries/standards';
import { directionOf, routing } from '@/lib/i18n/routing';

/**
 * Frameworks' names and standards' titles and descriptions are kept per language in the database
 * (`framework_texts`, `standard_texts`): English always, the other languages when the secretariat has
 * given them. Pages show the reader's language and fall back to English; a text shown in English on a
 * page in another language comes with the `lang` (and, on a right-to-left page, `dir`) its element must
 * carry, so that screen readers and hyphenation treat it as English.
 */

/** `lang` and `dir` for the element holding a text that is not in the page's language; empty when it is. */
export type TextMark = { lang?: string; dir?: 'ltr' | 'rtl' };

export type StandardWording = {
  title: string;
  description: string;
  titleMark: TextMark;
  descriptionMark: TextMark;
  /** The code of the standard's framework; '' for a code the reference data does not know. */
  frameworkCode: string;
  retiredAt: Date | null;
};

export type FrameworkWording = {
  code: string;
  name: string;
  description: string;
  nameMark: TextMark;
  descriptionMark: TextMark;
  isDemo: boolean;
};

export type ReferenceWording = {
  /** The standard (any row with its code) with its title and description in the reader's language. */
  standard: <S extends { code: string }>(standard: S) => Omit<S, keyof StandardWording> & StandardWording;
  framework: (code: string) => FrameworkWording;
  /** Every framework, in the order pages list them. */
  frameworks: FrameworkWording[];
};

type Shown = { text: string; mark: TextMark };

const english = routing.defaultLocale;

/** The mark of an English text on a page in `locale`. */
function englishMark(locale: string): TextMark {
  if (locale === english) return {};
  return directionOf(locale) === directionOf(english)
    ? { lang: english }
    : { lang: english, dir: directionOf(english) };
}

/** The field in the reader's language, or else in English (marked as such), or else `fallback`. */
function pick<T>(
  texts: Partial<Record<string, T>>,
  field: (text: T) => string,
  locale: string,
  fallback: string,
): Shown {
  const own = texts[locale] ? field(texts[locale]) : '';
  if (own !== '') return { text: own, mark: {} };
  const inEnglish = texts[english] ? field(texts[english]) : '';
  if (inEnglish !== '') return { text: inEnglish, mark: englishMark(locale) };
  return { text: fallback, mark: {} };
}

/** Words the reference data in `locale`; pure, so that it can be tested without a request. */
export function wordReferenceTexts(texts: ReferenceTexts, locale: string): ReferenceWording {
  const standards = new Map(texts.standards.map((standard) => [standard.code, standard]));
  const frameworks = texts.frameworks.map((framework): FrameworkWording => {
    const name = pick(framework.texts, (text) => text.name, locale, framework.code);
    const description = pick(framework.texts, (text) => text.description, locale, '');
    return {
      code: framework.code,
      isDemo: framework.isDemo,
      name: name.text,
      nameMark: name.mark,
      description: description.text,
      descriptionMark: description.mark,
    };
  });
  const byCode = new Map(frameworks.map((framework) => [framework.code, framework]));
  return {
    standard: (row) => {
      const known = standards.get(row.code);
      const title = pick(known?.texts ?? {}, (text) => text.title, locale, row.code);
      const description = pick(known?.texts ?? {}, (text) => text.description, locale, '');
      return {
        ...row,
        title: title.text,
        titleMark: title.mark,
        description: description.text,
        descriptionMark: description.mark,
        frameworkCode: known?.frameworkCode ?? '',
        retiredAt: known?.retiredAt ?? null,
      };
    },
    framework: (code) =>
      byCode.get(code) ?? { code, name: code, description: '', nameMark: {}, descriptionMark: {}, isDemo: false },
    frameworks,
  };
}

/** The reference data worded in the request's language. */
export async function getReferenceText(): Promise<ReferenceWording> {
  const [texts, locale] = await Promise.all([getCachedReferenceTexts(), getLocale()]);
  return wordReferenceTexts(texts, locale);
}

/** Shorthand for pages that only word standards. */
export async function getStandardText(): Promise<ReferenceWording['standard']> {
  return (await getReferenceText()).standard;
}
