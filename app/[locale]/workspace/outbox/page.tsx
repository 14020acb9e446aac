import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getTimestampText, Timestamp } from '@/components/ui/timestamp';
import { Pagination } from '@/components/workspace/pagination';
import { listOutboxMessages } from '@/db/queries/outbox';
import { requirePermission } from '@/lib/auth/session';
import { isSmtpConfigured } from '@/lib/mail/transport';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace' });
  return { title: t('outbox.title') };
}

const PAGE_SIZE = 25;

export default async function OutboxPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'outbox.read' });
  const query = await searchParams;
  const page = Math.max(
    1,
    Math.min(10_000, Number.parseInt(typeof query.page === 'string' ? query.page : '1', 10) || 1),
  );
  const [t, when, { rows, total }] = await Promise.all([
    getTranslations('workspace'),
    getTimestampText(),
    listOutboxMessages({ page, pageSize: PAGE_SIZE }),
  ]);
  const smtp = isSmtpConfigured();

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('outbox.title')}</h1>
      <p className="max-w-2xl text-slate-700">{smtp ? t('outbox.introSmtp') : t('outbox.introNoSmtp')}</p>
      {rows.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <ol className="space-y-4">
          {rows.map((message) => (
            <li key={message.id} className="rounded border border-slate-300 p-4">
              <h2 className="text-lg font-semibold">{message.subject}</h2>
              <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm [&>dd]:[overflow-wrap:anywhere]">
                <dt className="font-medium">{t('outbox.to')}</dt>
                <dd>{message.toAddress}</dd>
                <dt className="font-medium">{t('outbox.created')}</dt>
                <dd>
                  <Timestamp value={message.createdAt} />
                </dd>
                <dt className="font-medium">{t('outbox.status')}</dt>
                <dd>
                  {message.withdrawnAt
                    ? message.sentAt
                      ? t('outbox.sentThenWithdrawn', {
                          time: when(message.sentAt),
                          withdrawn: when(message.withdrawnAt),
                        })
                      : t('outbox.withdrawn', { withdrawn: when(message.withdrawnAt) })
                    : message.sentAt
                      ? t('outbox.sent', { time: when(message.sentAt) })
                      : message.error
                        ? t('outbox.failed', { error: message.error })
                        : smtp
                          ? t('outbox.queued')
                          : t('outbox.notSent')}
                </dd>
              </dl>
              <details className="mt-3">
                <summary className="cursor-pointer text-brand-700 underline underline-offset-4">
                  {t('outbox.showBody')}
                </summary>
                <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-slate-100 p-3 text-sm">
                  {message.bodyText}
                </pre>
              </details>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        total={total}
        pathname="/workspace/outbox"
        query={{}}
        labels={{
          nav: t('pagination.label'),
          previous: t('pagination.previous'),
          next: t('pagination.next'),
          status: t('pagination.status', { page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total }),
        }}
      />
    </div>
  );
}
