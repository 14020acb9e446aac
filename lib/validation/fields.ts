import { z } from 'zod';
import { isCalendarDate } from '@/lib/dates';

/**
 * Field building blocks shared by the workflow's schemas. Every message is a key in the `workflow`
 * message namespace (`errors.*`), which the form translates; no schema carries display text.
 * Inputs arrive from forms as strings, so empty strings mean "not given".
 */

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. No text a person types
 * holds one; PostgreSQL refuses NUL outright, and the others break exports and feeds downstream.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

/** The text with each control character drawn as its Unicode picture (NUL as ␀), to show where it is. */
export function showControlCharacters(value: string): string {
  return value.replace(new RegExp(CONTROL_CHARACTER.source, 'g'), (character) =>
    String.fromCharCode(character === '\u007F' ? 0x2421 : 0x2400 + character.charCodeAt(0)),
  );
}

const noControlCharacter = (value: string) => !hasControlCharacter(value);

export function requiredText(max: number) {
  return z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, 'errors.required')
    .max(max, 'errors.tooLong')
    .refine(noControlCharacter, 'errors.controlCharacter');
}

/** Optional text stored as '' when absent. */
export function optionalText(max: number) {
  return z
    .string({ error: 'errors.invalid' })
    .trim()
    .max(max, 'errors.tooLong')
    .refine(noControlCharacter, 'errors.controlCharacter')
    .optional()
    .default('');
}

export const id = z.coerce.number({ error: 'errors.required' }).int('errors.required').positive('errors.required');

export const version = z.coerce.number({ error: 'errors.version' }).int('errors.version').positive('errors.version');

export const calendarDate = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, 'errors.required')
  .refine(isCalendarDate, 'errors.invalidDate');

/** A date that may be left out; null when it is. */
export const optionalDate = z
  .preprocess(
    blankToUndefined,
    z.string({ error: 'errors.invalidDate' }).trim().refine(isCalendarDate, 'errors.invalidDate').optional(),
  )
  .transform((value) => value ?? null);

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A link people will follow from a public page: only http and https, never javascript: or data:. */
export const webUrl = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, 'errors.required')
  .max(2000, 'errors.tooLong')
  .refine(isWebUrl, 'errors.invalidUrl');

export const optionalWebUrl = z.preprocess(blankToUndefined, webUrl.optional()).transform((value) => value ?? null);

/** A list from a form: repeated fields arrive as an array, a single one as a string, none as undefined. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );
}

/** `true` for the values a checkbox or a query string sends. */
export const flag = z.preprocess(
  (value) => value === true || value === 'true' || value === 'on' || value === '1',
  z.boolean(),
);
