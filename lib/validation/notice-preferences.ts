import { z } from 'zod';
import { locales } from '@/lib/i18n/routing';
import { NOTICE_KINDS } from '@/lib/notifications/kinds';
import { id, listOf } from './fields';

/** Schemas for a person's language and notices (My account, What's new). Messages are keys in `notices`. */

export const noticePreferencesSchema = z.strictObject({
  locale: z.enum(locales, { error: 'preferences.errors.locale' }),
  /** The notice kinds the person takes by mail (the boxes left ticked); every other kind offered is muted. */
  mail: listOf(z.enum(NOTICE_KINDS, { error: 'preferences.errors.kind' })),
});
export type NoticePreferencesInput = z.output<typeof noticePreferencesSchema>;

/** "What's new" was shown up to this notice (the newest listed). */
export const noticesSeenSchema = z.strictObject({ throughId: id });
