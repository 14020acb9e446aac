import { z } from 'zod';
import { MEMBERSHIP_EVENT_TYPES } from '@/lib/membership/sequence';
import { id, optionalText, optionalWebUrl, requiredText, version } from './fields';

/**
 * Membership events of the Governing Council, as the workspace's forms send them. Messages are keys in
 * `workspace.membership` (the actions' message scope). A date is entered as its parts, as far as it is
 * known: the year alone, the month and year, or all three; none at all when the date is not known.
 * Whether the date is after today, and whether the event fits the state's sequence, the service decides
 * (lib/membership/sequence.ts), since both depend on more than the form.
 */

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

function datePart(min: number, max: number, message: string) {
  return z.preprocess(
    blank,
    z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).optional(),
  );
}

/** Text stored as null when left empty. */
function nullableText(max: number) {
  return optionalText(max).transform((value) => (value === '' ? null : value));
}

const eventFields = {
  type: z.enum(MEMBERSHIP_EVENT_TYPES, { error: 'errors.typeRequired' }),
  year: datePart(1900, 9999, 'errors.year'),
  month: datePart(1, 12, 'errors.month'),
  day: datePart(1, 31, 'errors.day'),
  decisionReference: nullableText(100),
  decisionTitle: nullableText(300),
  note: optionalText(2000),
  sourceUrl: optionalWebUrl,
};

type DateParts = { year?: number | undefined; month?: number | undefined; day?: number | undefined };

/** The parts make a date: no month without a year, no day without a month, and a day the month has. */
function checkDateParts(input: DateParts, context: z.RefinementCtx): void {
  const { year, month, day } = input;
  if (year === undefined && (month !== undefined || day !== undefined))
    context.addIssue({ code: 'custom', path: ['year'], message: 'errors.yearRequired' });
  else if (month === undefined && day !== undefined)
    context.addIssue({ code: 'custom', path: ['month'], message: 'errors.monthRequired' });
  else if (year !== undefined && month !== undefined && day !== undefined) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > days) context.addIssue({ code: 'custom', path: ['day'], message: 'errors.dayNotInMonth' });
  }
}

/** Where a new event goes: by its date (`date`, the default), first (`start`), or after an event, by its id. */
const place = z.preprocess(
  (value) => blank(value) ?? 'date',
  z.union([z.enum(['date', 'start']), z.coerce.number().int().positive()], { error: 'errors.place' }),
);

export const addMembershipEventSchema = z
  .strictObject({
    country: z
      .string({ error: 'errors.invalid' })
      .trim()
      .regex(/^[A-Za-z]{3}$/, 'errors.invalid')
      .transform((value) => value.toUpperCase()),
    place,
    ...eventFields,
  })
  .superRefine(checkDateParts);
export type AddMembershipEventInput = z.output<typeof addMembershipEventSchema>;

export const correctMembershipEventSchema = z.strictObject({ id, version, ...eventFields }).superRefine(checkDateParts);
export type CorrectMembershipEventInput = z.output<typeof correctMembershipEventSchema>;

/** A removal is a correction too: it says why, and the audit log keeps the event as it was. */
export const removeMembershipEventSchema = z.strictObject({ id, version, reason: requiredText(1000) });
export type RemoveMembershipEventInput = z.output<typeof removeMembershipEventSchema>;

/** The fields of an event a correction may change, as the form names them. */
export const MEMBERSHIP_EVENT_FIELDS = Object.keys(eventFields) as (keyof typeof eventFields)[];
