import { getLocale, getTranslations } from 'next-intl/server';
import { PageSection } from '@/components/ui/page-section';
import { Timestamp } from '@/components/ui/timestamp';
import type { NoticeRow } from '@/db/queries/notifications';
import { countryNameOf, formatDate } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { isNoticeKind } from '@/lib/notifications/kinds';

/**
 * "What's new" on the workspace home: the person's latest notices, those since their last visit marked
 * new, each linking to the page where they act. Worded here, in the reader's language, from the plain
 * values the notice keeps (lib/notifications).
 */
export async function WhatsNew({ notices, readAt }: { notices: NoticeRow[]; readAt: Date | null }) {
  const [t, tp, locale] = await Promise.all([
    getTranslations('notices.whatsNew'),
    getTranslations('public'),
    getLocale(),
  ]);
  const isNew = (notice: NoticeRow) => readAt === null || notice.createdAt > readAt;
  const shown = notices.filter((notice) => isNoticeKind(notice.kind));
  const unread = shown.filter(isNew).length;
  return (
    <PageSection headingId="whats-new-heading" title={t('heading')}>
      {shown.length > 0 ? <p data-testid="whats-new-count">{t('unread', { count: unread })}</p> : null}
      {shown.length === 0 ? (
        <p className="text-slate-700">{t('empty')}</p>
      ) : (
        <ul className="space-y-3">
          {shown.map((notice) => {
            const params = notice.params;
            const values: Record<string, string | number> = {};
            for (const [key, value] of Object.entries(params)) values[key] = value ?? '';
            values.country = countryNameOf(notice, locale) ?? '';
            if (typeof params.deadline === 'string') values.deadline = formatDate(params.deadline, locale, 'long');
            if (typeof params.reason === 'string' && params.reason.length > 160)
              values.reason = `${params.reason.slice(0, 159)}…`;
            if (typeof params.status === 'string') values.status = tp(`status.${params.status}` as 'status.complete');
            const path = typeof params.path === 'string' ? params.path : '/workspace';
            return (
              <li
                key={notice.id}
                className="border-s-4 border-slate-300 ps-3 data-[new=true]:border-brand-600"
                data-new={isNew(notice)}
              >
                {isNew(notice) ? (
                  <span className="me-2 rounded bg-brand-700 px-1.5 py-0.5 text-sm font-semibold text-white">
                    {t('newMark')}
                  </span>
                ) : null}
                <Link href={path} className="text-brand-700 underline underline-offset-4">
                  {t(`items.${notice.kind}` as 'items.comment_added', values)}
                </Link>
                <span className="block text-sm text-slate-700">
                  <Timestamp value={notice.createdAt} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </PageSection>
  );
}
