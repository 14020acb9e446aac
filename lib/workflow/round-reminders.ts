import 'server-only';
import type { z } from 'zod';
import { enqueueReminders, hasDedupeKeyPrefix, listFocalPoints, listRoundProgress } from '@/db/queries/round-progress';
import { lockRound } from '@/db/queries/rounds';
import { fail, type ActionContext } from '@/lib/actions/context';
import type { CurrentUser } from '@/lib/auth/session';
import { isoDate } from '@/lib/dates';
import { localeOr } from '@/lib/i18n/routing';
import { absoluteLink, appBaseUrl } from '@/lib/notifications/queue';
import { remindNowDedupeKey, remindNowDedupePrefix, renderReminder } from '@/lib/reminders';
import type { remindNowSchema } from '@/lib/validation/round';
import { failInvalidState } from './failures';
import { NOTHING_PUBLIC, type Refresh } from './refresh';

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

export type RemindedNow = { countryId: number; recipients: number; refresh: Refresh };

/**
 * "Remind now": queues, through the mail outbox, the reminder to one state's active focal points for the
 * open round, at most once a day per state. The round's row is locked, so two secretariat members
 * pressing it at once queue it once; every key carries the date, and a unique key in the outbox is the
 * last guard. The reminder's words are the scheduled reminder's (near the deadline, or past it).
 */
export async function remindNow(
  ctx: Ctx<typeof remindNowSchema>,
  { today = isoDate(), base = appBaseUrl() }: { today?: string; base?: string } = {},
): Promise<RemindedNow> {
  const { tx, input } = ctx;
  const round = await lockRound({ executor: tx, id: input.roundId });
  ctx.authorize('round.remind', round && { countryId: null }, { type: 'round', id: input.roundId });
  if (round!.status !== 'open') failInvalidState('round', round!.status);

  const progress = (await listRoundProgress(tx, { round: round!, today })).find(
    (row) => row.countryId === input.countryId,
  );
  if (!progress) fail('conflict:round', { messageKey: 'codes.remindNoCommitments' });
  if (progress.state === 'reported')
    fail('conflict:round', { messageKey: 'codes.remindReported', messageValues: { country: progress.name } });
  const prefix = remindNowDedupePrefix({ roundId: round!.id, countryId: input.countryId, today });
  if (await hasDedupeKeyPrefix(tx, prefix))
    fail('conflict:round', { messageKey: 'codes.remindedToday', messageValues: { country: progress.name } });
  // A person who turned reminders off is not reminded by hand either.
  const recipients = (await listFocalPoints(tx, { countryIds: [input.countryId] })).filter(
    (recipient) => !recipient.mutedNotices.includes('reminder'),
  );
  if (recipients.length === 0)
    fail('conflict:round', { messageKey: 'codes.remindNoFocalPoint', messageValues: { country: progress.name } });

  const kind = progress.state === 'late' ? 'late' : 'due';
  const messages = await Promise.all(
    recipients.map(async (recipient) => ({
      ...(await renderReminder({
        kind,
        recipient,
        round: round!,
        progress,
        locale: localeOr(recipient.locale),
        url: absoluteLink('/workspace/country', localeOr(recipient.locale), base),
      })),
      toAddress: recipient.email,
      kind: `reminder_${kind}`,
      dedupeKey: remindNowDedupeKey({
        roundId: round!.id,
        countryId: input.countryId,
        userId: recipient.userId,
        today,
      }),
      userId: recipient.userId,
      countryId: recipient.countryId,
    })),
  );
  const queued = await enqueueReminders(tx, messages);
  // A key already taken means a reminder went today after all: nothing of this call is kept.
  if (queued.length !== messages.length)
    fail('conflict:round', { messageKey: 'codes.remindedToday', messageValues: { country: progress.name } });
  await ctx.audit({
    action: 'round.remind',
    entityType: 'reporting_round',
    entityId: round!.id,
    countryId: input.countryId,
    before: null,
    after: {
      roundId: round!.id,
      countryId: input.countryId,
      kind,
      day: today,
      recipients: recipients.map((r) => r.userId),
    },
  });
  return { countryId: input.countryId, recipients: recipients.length, refresh: NOTHING_PUBLIC };
}
