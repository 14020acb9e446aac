import 'server-only';
import { translatorFor } from '@/lib/actions/translate';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Role } from '@/db/schema';

/** The text of the app's mail, in the language of the person who caused it to be sent. */

export type MailText = { subject: string; bodyText: string };

/** When a link expires, as every timestamp is written (lib/format.ts), with "UTC" where the language puts it. */
async function formatExpiry(expiresAt: Date, locale: Locale): Promise<string> {
  const t = await translatorFor(locale, 'common');
  return t('timestamp', { datetime: formatDateTime(expiresAt, locale, { date: 'long' }) });
}

export async function invitationMail({
  locale,
  link,
  role,
  expiresAt,
}: {
  locale: Locale;
  link: string;
  role: Role;
  expiresAt: Date;
}): Promise<MailText> {
  const t = await translatorFor(locale, 'auth');
  const roleName = t(`roles.${role}`);
  return {
    subject: t('mail.invite.subject'),
    bodyText: t('mail.invite.body', { role: roleName, link, expires: await formatExpiry(expiresAt, locale) }),
  };
}

export async function resetMail({
  locale,
  link,
  expiresAt,
}: {
  locale: Locale;
  link: string;
  expiresAt: Date;
}): Promise<MailText> {
  const t = await translatorFor(locale, 'auth');
  return {
    subject: t('mail.reset.subject'),
    bodyText: t('mail.reset.body', { link, expires: await formatExpiry(expiresAt, locale) }),
  };
}
