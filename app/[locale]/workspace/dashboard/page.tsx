import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { getTimestampText } from '@/components/ui/timestamp';
import { PageSection } from '@/components/ui/page-section';
import { getSecretariatDashboard } from '@/db/queries/dashboard';
import { requirePermission } from '@/lib/auth/session';
import { countryName, countryNameOf, formatDate } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.dashboard' });
  return { title: t('title') };
}

/** The secretariat's queues: reports to review, states late in the open round, overdue commitments, recent activity. */
export default async function DashboardPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'report.review' });
  const [t, th, when, dashboard] = await Promise.all([
    getTranslations('workflow.dashboard'),
    getTranslations('workflow.history'),
    getTimestampText(),
    getSecretariatDashboard(),
  ]);

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <PageSection
          headingId="waiting-heading"
          title={t('waiting', { count: dashboard.waiting.total })}
          variant="card"
        >
          {dashboard.waiting.oldest.length === 0 ? (
            <p>{t('nothingWaiting')}</p>
          ) : (
            <ol className="space-y-1">
              {dashboard.waiting.oldest.map((report) => (
                <li key={report.id}>
                  <Link href={`/workspace/review/${report.id}`} className="text-brand-700 underline underline-offset-4">
                    {report.commitmentRef}
                  </Link>{' '}
                  {countryNameOf(report, locale)}
                  {report.submittedAt ? (
                    <span className="text-sm text-slate-700">
                      {' '}
                      · {t('since', { date: formatDate(report.submittedAt, locale) })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          <Link href="/workspace/review" className="inline-block text-brand-700 underline underline-offset-4">
            {t('openQueue')}
          </Link>
        </PageSection>

        <PageSection headingId="late-heading" title={t('late')} variant="card">
          {dashboard.openRound ? (
            <>
              <p>
                {t('roundLine', {
                  title: dashboard.openRound.title,
                  deadline: formatDate(dashboard.openRound.deadline, locale),
                  pending: dashboard.pendingStates,
                })}
              </p>
              {dashboard.lateStates.length === 0 ? (
                <p>{t('noneLate')}</p>
              ) : (
                <ul className="list-disc ps-5">
                  {dashboard.lateStates.map((row) => (
                    <li key={row.countryId}>
                      {t('lateState', {
                        name: countryName(row, locale),
                        reported: row.reported,
                        expected: row.expected,
                      })}
                    </li>
                  ))}
                </ul>
              )}
              <Link
                href={`/workspace/rounds/${dashboard.openRound.id}`}
                className="inline-block text-brand-700 underline underline-offset-4"
              >
                {t('openRound')}
              </Link>
            </>
          ) : (
            <p>{t('noRound')}</p>
          )}
        </PageSection>

        <PageSection
          headingId="overdue-heading"
          title={t('overdue', { count: dashboard.overdue.total })}
          variant="card"
        >
          {dashboard.overdue.rows.length === 0 ? (
            <p>{t('noneOverdue')}</p>
          ) : (
            <ul className="space-y-1">
              {dashboard.overdue.rows.map((row) => (
                <li key={row.id}>
                  <Link
                    href={`/workspace/commitments/${row.id}`}
                    className="text-brand-700 underline underline-offset-4"
                  >
                    {row.ref}
                  </Link>{' '}
                  {countryNameOf(row, locale)} ·{' '}
                  {t('target', { date: row.targetDate ? formatDate(row.targetDate, locale) : '' })} ·{' '}
                  <StatusBadge status={row.status} />
                </li>
              ))}
            </ul>
          )}
          <Link
            href={{ pathname: '/workspace/commitments', query: { overdue: '1' } }}
            className="inline-block text-brand-700 underline underline-offset-4"
          >
            {t('allOverdue')}
          </Link>
        </PageSection>

        <PageSection headingId="activity-heading" title={t('activity')} variant="card">
          {dashboard.activity.length === 0 ? (
            <p>{t('noActivity')}</p>
          ) : (
            <ul className="space-y-1">
              {dashboard.activity.map((event) => {
                const key = `actions.${event.action.replace('.', '_')}`;
                return (
                  <li key={event.id}>
                    <span className="font-medium">{th.has(key) ? th(key) : event.action}</span>
                    {event.countryName ? ` · ${countryNameOf(event, locale)}` : ''}
                    <span className="block text-sm text-slate-700">
                      {th('byAt', { who: event.actorName ?? th('system'), when: when(event.occurredAt) })}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </PageSection>
      </div>
    </div>
  );
}
