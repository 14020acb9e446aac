import 'server-only';
import type { z } from 'zod';
import { lockNoticePreferences, markNoticesRead, setNoticePreferences } from '@/db/queries/notifications';
import { fail, type ActionContext } from '@/lib/actions/context';
import type { CurrentUser } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/routing';
import type { noticePreferencesSchema, noticesSeenSchema } from '@/lib/validation/notice-preferences';
import { NOTICE_KINDS_BY_ROLE, type NoticeKind } from './kinds';

/**
 * A person's own language (their mail and workspace) and the notices they take by mail, from My account;
 * and the mark of what they have read on "What's new".
 */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

export async function saveNoticePreferences(
  ctx: Ctx<typeof noticePreferencesSchema>,
): Promise<{ locale: Locale; languageChanged: boolean }> {
  const { tx, input, user } = ctx;
  const offered: readonly NoticeKind[] = NOTICE_KINDS_BY_ROLE[user.role];
  const unoffered = input.mail.filter((kind) => !offered.includes(kind));
  if (unoffered.length > 0) fail('validation', { fieldErrors: { mail: ['preferences.errors.kind'] } });
  const before = await lockNoticePreferences({ executor: tx, userId: user.id });
  if (!before) fail('forbidden:account');
  // Kinds this role is not offered keep what they were (a focal point who becomes secretariat, say).
  const mutedNotices = [
    ...before.mutedNotices.filter((kind) => !(offered as readonly string[]).includes(kind)),
    ...offered.filter((kind) => !input.mail.includes(kind)),
  ].sort();
  const languageChanged = before.locale !== input.locale;
  const noticesChanged = JSON.stringify([...before.mutedNotices].sort()) !== JSON.stringify(mutedNotices);
  await setNoticePreferences({ executor: tx, userId: user.id, values: { locale: input.locale, mutedNotices } });
  if (languageChanged)
    await ctx.audit({
      action: 'user.language_change',
      entityType: 'user',
      entityId: user.id,
      countryId: user.countryId,
      before: { locale: before.locale },
      after: { locale: input.locale },
    });
  if (noticesChanged)
    await ctx.audit({
      action: 'user.notices_change',
      entityType: 'user',
      entityId: user.id,
      countryId: user.countryId,
      before: { mutedNotices: before.mutedNotices },
      after: { mutedNotices },
    });
  return { locale: input.locale, languageChanged };
}

/**
 * Marks "What's new" read up to the newest notice the person was shown. Bookkeeping of one's own
 * reading, not a change anyone else sees, so it is not audited; a notice that is not theirs is refused.
 */
export async function markNoticesSeen(ctx: Ctx<typeof noticesSeenSchema>): Promise<{ read: true }> {
  const marked = await markNoticesRead({ executor: ctx.tx, userId: ctx.user.id, throughId: ctx.input.throughId });
  ctx.authorize('workspace.view', marked ? { countryId: null } : null, { type: 'notice', id: ctx.input.throughId });
  return { read: true };
}
