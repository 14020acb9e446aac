// No `import 'server-only'`: `npm run reminders` (plain Node) queues the escalation notices through here.
import { createTranslator } from 'next-intl';
import type { Executor } from '@/db/client';
import { enqueueNoticeMail, insertNotices, type NewNotice, type NoticeRecipient } from '@/db/queries/notifications';
import { env } from '@/lib/env';
import { countryName, formatDate } from '@/lib/format';
import { loadMessages } from '@/lib/i18n/messages';
import { localeOr, routing, type Locale } from '@/lib/i18n/routing';
import type { NoticeKind } from './kinds';

/**
 * Queuing a notice: one `notifications` row per recipient (their "What's new") and, unless they have
 * turned that kind off, one mail in their language in the outbox, both under the same dedupe key and
 * both written with the executor of the change that causes them, so they commit with it or not at all.
 * A key already there is skipped: whatever calls this twice, each person hears of a thing once.
 */

export type NoticeValues = Record<string, string | number | null>;

export type Notice = {
  kind: NoticeKind;
  /** Unique per thing and person; the recipient's id is appended. */
  key: string;
  /** The workspace page where the recipient acts, without a locale ('/workspace/reports/12'). */
  path: string;
  countryId?: number | null;
  commitmentId?: number | null;
  reportId?: number | null;
  roundId?: number | null;
  actorId?: string | null;
  /** The state concerned, named in each recipient's language. */
  country?: { iso2: string; name: string } | null;
  /** Plain values the mail and "What's new" are worded from; stored with the row. */
  params?: NoticeValues;
};

/** The app's public address (NEXTAUTH_URL), as for the reminders. */
export function appBaseUrl(): string {
  return env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`;
}

/** An absolute link to a workspace page in `locale` (English has no prefix, lib/i18n/routing.ts). */
export function absoluteLink(path: string, locale: Locale, base = appBaseUrl()): string {
  const prefix = locale === routing.defaultLocale ? '' : `/${locale}`;
  return new URL(`${prefix}${path}`, base).toString();
}

/** The recipient's dedupe key for a notice. */
export function noticeKey(notice: Pick<Notice, 'key'>, userId: string): string {
  return `notice:${notice.key}:user-${userId}`;
}

/** The values a notice is worded from, in `locale`: the country's name, dates, status names. */
async function wordingValues(notice: Notice, locale: Locale, name: string): Promise<Record<string, string | number>> {
  const messages = await loadMessages(locale);
  const pub = createTranslator({ locale, messages, namespace: 'public' });
  const values: Record<string, string | number> = { name };
  for (const [key, value] of Object.entries(notice.params ?? {})) values[key] = value ?? '';
  if (notice.country) values.country = countryName(notice.country, locale);
  if (typeof notice.params?.deadline === 'string') values.deadline = formatDate(notice.params.deadline, locale, 'long');
  if (typeof notice.params?.status === 'string')
    values.status = pub(`status.${notice.params.status}` as never) as unknown as string;
  return values;
}

/** The subject and text of a notice's mail in `locale`, from the `notices.mail` messages. */
export async function renderNotice(
  notice: Notice,
  recipient: Pick<NoticeRecipient, 'name'>,
  locale: Locale,
  base = appBaseUrl(),
): Promise<{ subject: string; bodyText: string }> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'notices.mail' });
  const values = {
    ...(await wordingValues(notice, locale, recipient.name)),
    url: absoluteLink(notice.path, locale, base),
    accountUrl: absoluteLink('/workspace/account#notices-heading', locale, base),
  };
  const body = t(`${notice.kind}.body` as never, values as never) as unknown as string;
  const footer = t('footer' as never, values as never) as unknown as string;
  return {
    subject: t(`${notice.kind}.subject` as never, values as never) as unknown as string,
    bodyText: `${body}\n\n${footer}`,
  };
}

/**
 * Queues `notice` for each recipient. Returns the dedupe keys written (one per recipient who had not
 * had it yet) and how many of those went to the outbox.
 */
export async function queueNotice({
  executor,
  notice,
  recipients,
  base,
}: {
  executor: Executor;
  notice: Notice;
  recipients: NoticeRecipient[];
  base?: string;
}): Promise<{ queued: string[]; mailed: number }> {
  if (recipients.length === 0) return { queued: [], mailed: 0 };
  const rows: NewNotice[] = recipients.map((recipient) => ({
    userId: recipient.userId,
    kind: notice.kind,
    dedupeKey: noticeKey(notice, recipient.userId),
    countryId: notice.countryId ?? null,
    commitmentId: notice.commitmentId ?? null,
    reportId: notice.reportId ?? null,
    roundId: notice.roundId ?? null,
    actorId: notice.actorId ?? null,
    params: { ...notice.params, path: notice.path },
  }));
  const written = await insertNotices({ executor, notices: rows });
  const mail = [];
  for (const recipient of recipients) {
    const dedupeKey = noticeKey(notice, recipient.userId);
    if (!written.has(dedupeKey) || recipient.mutedNotices.includes(notice.kind)) continue;
    const text = await renderNotice(notice, recipient, localeOr(recipient.locale), base);
    mail.push({
      ...text,
      toAddress: recipient.email,
      kind: `notice_${notice.kind}`,
      dedupeKey,
      userId: recipient.userId,
      countryId: notice.countryId ?? null,
    });
  }
  await enqueueNoticeMail({ executor, messages: mail });
  return { queued: [...written].sort(), mailed: mail.length };
}
