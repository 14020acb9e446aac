import { createTranslator } from 'next-intl';
import { db, type Executor } from '@/db/client';
import {
  enqueueReminders,
  listExistingDedupeKeys,
  listFocalPoints,
  listRoundProgress,
  readOpenRound,
  type CountryRoundProgress,
  type ReminderMessage,
  type ReminderRecipient,
  type RoundSummary,
} from '@/db/queries/round-progress';
import { env } from '@/lib/env';
import { countryNameOf, formatDate } from '@/lib/format';
import { localeOr, routing, type Locale } from '@/lib/i18n/routing';
import { addDays, isoDate } from '@/lib/dates';
import { absoluteLink, appBaseUrl } from '@/lib/notifications/queue';

/**
 * Reminders to focal points during the open reporting round: once when the deadline is near
 * (REMINDER_DAYS_BEFORE days before it) and once when it has passed, to each active focal point of a
 * state that has not yet reported on all of its published commitments. Each reminder has a dedupe key
 * (kind, round, person), so running this as often as a scheduler likes sends each one once. Each goes in
 * the recipient's language, links to their state's page, and is not sent to a person who has turned
 * reminders off on My account (the notice kind `reminder`).
 *
 * Runs both inside the app and from `npm run reminders` (plain Node), so it imports no 'server-only'
 * module; its queries live in db/queries/round-progress.ts for that reason.
 */

export type ReminderKind = 'due' | 'late';

/** Which reminder, if any, is due on `today` for a round with this deadline. */
export function reminderKindFor({
  today,
  deadline,
  daysBefore,
}: {
  today: string;
  deadline: string;
  daysBefore: number;
}): ReminderKind | null {
  if (today > deadline) return 'late';
  if (today >= addDays(deadline, -daysBefore)) return 'due';
  return null;
}

export function reminderDedupeKey({
  kind,
  roundId,
  userId,
}: {
  kind: ReminderKind;
  roundId: number;
  userId: string;
}): string {
  return `reminder:${kind}:round-${roundId}:user-${userId}`;
}

/**
 * A reminder the secretariat sends by hand ("Remind now"): the date is part of the key, so that each
 * state's focal points are reminded so at most once a day.
 */
export function remindNowDedupeKey({
  roundId,
  countryId,
  userId,
  today,
}: {
  roundId: number;
  countryId: number;
  userId: string;
  today: string;
}): string {
  return `${remindNowDedupePrefix({ roundId, countryId, today })}user-${userId}`;
}

/** What every "Remind now" key of one state, round and day starts with. */
export function remindNowDedupePrefix({
  roundId,
  countryId,
  today,
}: {
  roundId: number;
  countryId: number;
  today: string;
}): string {
  return `reminder:now:round-${roundId}:country-${countryId}:${today}:`;
}

type WorkflowMessages = { reminders: Record<string, string> };

async function loadWorkflowMessages(locale: Locale): Promise<WorkflowMessages> {
  const file = (await import(`../messages/${locale}/workflow.json`)) as { default: WorkflowMessages };
  return file.default;
}

/** The text of one reminder, from the `workflow.reminders` messages. */
export async function renderReminder({
  kind,
  recipient,
  round,
  progress,
  url,
  locale = routing.defaultLocale,
}: {
  kind: ReminderKind;
  recipient: Omit<ReminderRecipient, 'locale' | 'mutedNotices'>;
  round: Pick<RoundSummary, 'title' | 'deadline'>;
  progress: Pick<CountryRoundProgress, 'expected' | 'reported'>;
  url: string;
  locale?: Locale;
}): Promise<{ subject: string; bodyText: string }> {
  const messages = await loadWorkflowMessages(locale);
  const t = createTranslator({ locale, messages: { workflow: messages }, namespace: 'workflow.reminders' });
  const values = {
    name: recipient.name,
    country: countryNameOf(recipient, locale),
    round: round.title,
    deadline: formatDate(round.deadline, locale, 'long'),
    expected: progress.expected,
    missing: progress.expected - progress.reported,
    url,
  };
  return {
    subject: t(kind === 'due' ? 'dueSubject' : 'lateSubject', values),
    bodyText: t(kind === 'due' ? 'dueBody' : 'lateBody', values),
  };
}

export type ReminderRun = {
  round: RoundSummary | null;
  kind: ReminderKind | null;
  /** Dedupe keys of the reminders added to the outbox by this run. */
  queued: string[];
  /** Dedupe keys of reminders already sent by an earlier run. */
  skipped: string[];
};

/** Queues the reminders due today for the open round (none when no round is open or none is due). */
export async function sendRoundReminders({
  executor = db(),
  today = isoDate(),
  daysBefore = env().REMINDER_DAYS_BEFORE,
  base = appBaseUrl(),
}: { executor?: Executor; today?: string; daysBefore?: number; base?: string } = {}): Promise<ReminderRun> {
  const round = await readOpenRound(executor);
  if (!round || today < round.opensOn) return { round, kind: null, queued: [], skipped: [] };
  const kind = reminderKindFor({ today, deadline: round.deadline, daysBefore });
  if (!kind) return { round, kind, queued: [], skipped: [] };

  const behind = (await listRoundProgress(executor, { round, today })).filter((row) => row.state !== 'reported');
  const progressOf = new Map(behind.map((row) => [row.countryId, row]));
  const recipients = (await listFocalPoints(executor, { countryIds: behind.map((row) => row.countryId) })).filter(
    (recipient) => !recipient.mutedNotices.includes('reminder'),
  );

  const messages: ReminderMessage[] = [];
  for (const recipient of recipients) {
    const dedupeKey = reminderDedupeKey({ kind, roundId: round.id, userId: recipient.userId });
    const locale = localeOr(recipient.locale);
    const url = absoluteLink('/workspace/country', locale, base);
    const progress = progressOf.get(recipient.countryId)!;
    const text = await renderReminder({ kind, recipient, round, progress, url, locale });
    messages.push({
      ...text,
      toAddress: recipient.email,
      kind: `reminder_${kind}`,
      dedupeKey,
      userId: recipient.userId,
      countryId: recipient.countryId,
    });
  }
  const existing = await listExistingDedupeKeys(
    executor,
    messages.map((message) => message.dedupeKey),
  );
  const queued = await enqueueReminders(
    executor,
    messages.filter((message) => !existing.has(message.dedupeKey)),
  );
  const queuedSet = new Set(queued);
  const skipped = messages
    .map((message) => message.dedupeKey)
    .filter((key) => !queuedSet.has(key))
    .sort();
  return { round, kind, queued, skipped };
}
