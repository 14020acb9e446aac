import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';
import { invalidatePublicData, publicDataTags } from '@/db/queries/public-cache';
import { deliverAfterResponse } from '@/lib/mail/outbox';

/**
 * What a workflow write changed that the public can see, and the calls that refresh it once the
 * write's transaction has committed. Every service returns a `Refresh` beside its data; the action
 * (or route handler) that called it passes that on, after commit:
 *
 *   const { report, refresh } = await verifyReport(ctx);
 *   ctx.afterCommit(() => { refreshWorkspace(); refreshPublicPages(refresh); });
 *
 * - `{ countries: ['NOR'] }`: those states' public pages changed, and with them the aggregates
 *   (overview, countries list, standards progress, latest reports);
 * - `{ countries: [] }`: nothing public changed (a draft, a comment, a report under review);
 * - `{ countries: ['MLI'], pastDays: true }`: those states' pages, and their records of days already
 *   settled (lib/as-of.ts), which are otherwise cached for good: a membership event, which is dated and
 *   may be dated in the past, changes the standing those records show;
 * - `'everything'`: every state's pages changed at once (a reporting round, which every score history shows).
 */
export type Refresh = { countries: string[]; pastDays?: boolean } | 'everything';

export const NOTHING_PUBLIC: Refresh = { countries: [] };

function tagsOf(refresh: Refresh): string[] {
  if (refresh !== 'everything' && refresh.countries.length === 0) return [];
  return publicDataTags(refresh);
}

/**
 * From a server action, after commit: expires exactly the cached public data and pages the write
 * changed (see `publicDataTags`). `updateTag` (Next.js 16) makes this action's own response read the
 * new data too, and every later request.
 */
export function refreshPublicPages(refresh: Refresh): void {
  for (const tag of tagsOf(refresh)) updateTag(tag);
}

/**
 * From a route handler, after commit: `updateTag` works in server actions only, so the same tags are
 * expired with `revalidateTag` (the next request reads fresh data).
 */
export function refreshPublicData(refresh: Refresh): void {
  if (tagsOf(refresh).length > 0) invalidatePublicData(refresh);
}

/**
 * After any workspace change, so lists and the dashboard show it on the next request. It also drains
 * the mail outbox after the response (when SMTP is set): reminders that `npm run reminders` queued go
 * out with the next piece of workspace activity.
 */
export function refreshWorkspace(): void {
  revalidatePath('/[locale]/workspace', 'layout');
  deliverAfterResponse();
}
