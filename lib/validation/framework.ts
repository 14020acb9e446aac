import { z } from 'zod';
import type { DatePrecision } from '@/db/schema';
import { isCalendarDate, isoDate } from '@/lib/dates';
import { locales, type Locale } from '@/lib/i18n/routing';
import { id, optionalText, optionalWebUrl, requiredText, version } from './fields';

/**
 * Schemas for the frameworks and standards that admins keep (lib/reference/frameworks.ts). Messages
 * are keys in `workspace.frameworks` (`errors.*`), which the actions name as their messages.
 *
 * Texts come one field per language, `name_fr`, `title_ar`: English is required, every other language
 * optional (the public pages fall back to English), and a language's description needs its name or
 * title, which the database requires of every stored text.
 */

export const TEXT_LOCALES: readonly Locale[] = locales;
const OTHER_LOCALES = TEXT_LOCALES.filter((locale) => locale !== 'en');

export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 5_000;

/**
 * A framework's or a standard's code: upper-case letters and digits in parts joined by hyphens or dots
 * (`CSS`, `CSS-1`, `WD-2.1`). A standard's code is in its public address (/standards/css-1), so it is
 * fixed once created.
 */
export const REFERENCE_CODE_PATTERN = /^[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*$/;

// Named `frameworkCode` and `standardCode` in the forms: a field called `code` is never echoed back to a
// form after a refusal (lib/actions/result.ts `isSecretField`, for one-time codes), and typing would be lost.
const code = z
  .string({ error: 'errors.required' })
  .trim()
  .toUpperCase()
  .min(1, 'errors.required')
  .max(20, 'errors.tooLong')
  .regex(REFERENCE_CODE_PATTERN, 'errors.codeFormat');

/** The fields of one kind of text in every language: `title_en` (required), `title_fr`, `description_fr`… */
function textFields<K extends 'name' | 'title'>(kind: K) {
  return Object.fromEntries(
    TEXT_LOCALES.flatMap((locale) => [
      [`${kind}_${locale}`, locale === 'en' ? requiredText(NAME_MAX) : optionalText(NAME_MAX)],
      [`description_${locale}`, optionalText(DESCRIPTION_MAX)],
    ]),
  ) as unknown as Record<`${K}_${Locale}` | `description_${Locale}`, z.ZodType<string>>;
}

/** A description in a language without its name or title is refused on the name or title field. */
function descriptionsNeedTheirHeading(kind: 'name' | 'title') {
  return (input: Record<string, unknown>, context: z.RefinementCtx) => {
    for (const locale of OTHER_LOCALES) {
      if (input[`description_${locale}`] !== '' && input[`${kind}_${locale}`] === '')
        context.addIssue({
          code: 'custom',
          path: [`${kind}_${locale}`],
          message: `errors.${kind}NeededForDescription`,
        });
    }
  };
}

/** One language's text of a framework (`name`) or a standard (`title`). */
export type TextOf<K extends 'name' | 'title'> = { [P in K]: string } & { description: string };
/** English always; another language only where it has a name or title (the public pages fall back to English). */
export type TextsOf<K extends 'name' | 'title'> = { en: TextOf<K> } & Partial<Record<Locale, TextOf<K>>>;

/** The texts a form sent, by language; a language left blank has none. */
export function textsOf<K extends 'name' | 'title'>(input: Record<string, unknown>, kind: K): TextsOf<K> {
  const texts: Partial<Record<Locale, TextOf<K>>> = {};
  for (const locale of TEXT_LOCALES) {
    const heading = String(input[`${kind}_${locale}`] ?? '');
    const description = String(input[`description_${locale}`] ?? '');
    if (locale === 'en' || heading !== '') texts[locale] = { [kind]: heading, description } as TextOf<K>;
  }
  return texts as TextsOf<K>;
}

/** The texts as a form's fields, for the form's defaults and for naming what a conflict changed. */
export function textFieldsOf<K extends 'name' | 'title'>(
  texts: Partial<Record<Locale, TextOf<K>>>,
  kind: K,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const locale of TEXT_LOCALES) {
    fields[`${kind}_${locale}`] = texts[locale]?.[kind] ?? '';
    fields[`description_${locale}`] = texts[locale]?.description ?? '';
  }
  return fields;
}

export type StoredPartialDate = { date: string | null; precision: DatePrecision };

/** How a date of known precision is written in the form: `2016`, `2016-03`, `2016-03-15`, or nothing. */
export function partialDateText({ date, precision }: StoredPartialDate): string {
  if (date === null || precision === 'unknown') return '';
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}

/** The typed date as stored: a year as its 1 January, a month as its 1st, with the precision that says so. */
export function storedPartialDate(text: string): StoredPartialDate | null {
  if (text === '') return { date: null, precision: 'unknown' };
  if (/^\d{4}$/.test(text)) return { date: `${text}-01-01`, precision: 'year' };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return { date: `${text}-01`, precision: 'month' };
  if (isCalendarDate(text)) return { date: text, precision: 'day' };
  return null;
}

/**
 * A date known to a year, a month or a day, or not at all (left blank). A date after today is refused:
 * a framework is recorded once it has been adopted.
 */
const adoptedOn = z
  .string({ error: 'errors.partialDate' })
  .trim()
  .optional()
  .default('')
  .superRefine((text, context) => {
    if (storedPartialDate(text) === null) context.addIssue({ code: 'custom', message: 'errors.partialDate' });
    else if (text > isoDate().slice(0, text.length)) context.addIssue({ code: 'custom', message: 'errors.futureDate' });
  });

const frameworkFields = { adoptedOn, sourceUrl: optionalWebUrl, ...textFields('name') };

export const createFrameworkSchema = z
  .strictObject({ frameworkCode: code, ...frameworkFields })
  .superRefine(descriptionsNeedTheirHeading('name'));
export type CreateFrameworkInput = z.output<typeof createFrameworkSchema>;

export const updateFrameworkSchema = z
  .strictObject({ id, version, ...frameworkFields })
  .superRefine(descriptionsNeedTheirHeading('name'));
export type UpdateFrameworkInput = z.output<typeof updateFrameworkSchema>;

export const addStandardSchema = z
  .strictObject({ frameworkId: id, standardCode: code, ...textFields('title') })
  .superRefine(descriptionsNeedTheirHeading('title'));
export type AddStandardInput = z.output<typeof addStandardSchema>;

export const updateStandardTextsSchema = z
  .strictObject({ id, version, ...textFields('title') })
  .superRefine(descriptionsNeedTheirHeading('title'));
export type UpdateStandardTextsInput = z.output<typeof updateStandardTextsSchema>;

/**
 * Moves a standard one place up or down its framework's list. `position` is where the admin saw it:
 * if the list changed since, the move is refused rather than made from a place they did not see.
 */
export const moveStandardSchema = z.strictObject({
  id,
  position: z.coerce.number({ error: 'errors.version' }).int('errors.version'),
  direction: z.enum(['up', 'down'], { error: 'errors.invalid' }),
});
export type MoveStandardInput = z.output<typeof moveStandardSchema>;

export const STANDARD_RETIREMENT_ACTIONS = ['retire', 'unretire'] as const;

export const setStandardRetiredSchema = z.strictObject({
  id,
  version,
  action: z.enum(STANDARD_RETIREMENT_ACTIONS, { error: 'errors.invalid' }),
});
export type SetStandardRetiredInput = z.output<typeof setStandardRetiredSchema>;
