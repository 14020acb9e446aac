import { z } from 'zod';
import { roleEnum } from '@/db/schema';
import { locales } from '@/lib/i18n/routing';

/**
 * Input schemas of the account forms, shared by the server actions and the forms. Messages are keys
 * in the `auth` namespace (or `forms` for generic ones), never display text. The wrapper makes every
 * schema strict, so a field that is not listed here is refused.
 */

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const emailField = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .max(254, 'validation.email')
  .pipe(z.email({ error: 'validation.email' }));

/** A password as typed: its rules are checked by lib/auth/password-policy.ts, which knows the e-mail. */
export const passwordField = z
  .string({ error: 'validation.required' })
  .min(1, 'validation.required')
  .max(1000, 'password.tooLongToCheck');

export const linkTokenField = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'link.invalid');

const nameField = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .max(200, 'validation.tooLong');

export const roleField = z.enum(roleEnum.enumValues, { error: 'validation.choice' });

/** A country id from a select; '' means none. */
export const optionalCountryField = z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional());

export const userIdField = z.uuid({ error: 'validation.invalid' });

export const acceptInvitationSchema = z.object({ token: linkTokenField, name: nameField, password: passwordField });

export const resetPasswordSchema = z.object({ token: linkTokenField, password: passwordField });

export const forgotPasswordSchema = z.object({ email: emailField });

/** The account's language (users.locale); when the form sends none, the language the admin is using. */
export const localeField = z.preprocess(blankToUndefined, z.enum(locales, { error: 'validation.choice' }).optional());

export const inviteUserSchema = z.object({
  email: emailField,
  role: roleField,
  countryId: optionalCountryField,
  locale: localeField,
});

export const updateUserAccessSchema = z.object({
  userId: userIdField,
  role: roleField,
  countryId: optionalCountryField,
});

export const setUserActiveSchema = z.object({
  userId: userIdField,
  active: z.enum(['true', 'false'], { error: 'validation.choice' }).transform((value) => value === 'true'),
});

export const userTargetSchema = z.object({ userId: userIdField });

export const invitationTargetSchema = z.object({ invitationId: z.uuid({ error: 'validation.invalid' }) });

export const changePasswordSchema = z.object({ currentPassword: passwordField, newPassword: passwordField });

export const emptySchema = z.object({});

/** "End this session": the id of one of the person's own session records. */
export const endSessionSchema = z.object({ sessionId: z.uuid({ error: 'validation.invalid' }) });

export const secondFactorCodeSchema = z.object({
  code: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(40, 'twoFactor.codeInvalid'),
});

export const disableSecondFactorSchema = z.object({
  code: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(40, 'twoFactor.codeInvalid'),
  currentPassword: passwordField,
});
