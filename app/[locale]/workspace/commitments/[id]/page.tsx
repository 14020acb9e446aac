import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { CalendarDate } from '@/components/public/partial-date';
import { ActionButton } from '@/components/ui/action-button';
import { Notice } from '@/components/ui/notice';
import { getTimestampText } from '@/components/ui/timestamp';
import { CommentForm } from '@/components/workflow/comment-form';
import { HistoryList } from '@/components/workflow/history-list';
import { PageSection } from '@/components/ui/page-section';
import { listComments } from '@/db/queries/comments';
import { getCommitmentHistory } from '@/db/queries/commitment-history';
import { getCommitment } from '@/db/queries/commitment-lists';
import { listCommitmentReports } from '@/db/queries/report-lists';
import { getCurrentUser, requirePermission } from '@/lib/auth/session';
import { languageName } from '@/lib/i18n/content-language';
import { getStandardText } from '@/lib/i18n/standard-text';
import { countryNameOf, formatDate } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { can } from '@/lib/permissions';
import { isReportEditable, publicationActionsFrom } from '@/lib/workflow/rules';
import { addCommentAction, changePublicationAction } from '../actions';
import { parseRouteId } from '@/lib/validation/route-id';

const SAVED_NOTICES = {
  created: 'created',
  updated: 'updated',
  publish: 'publicationDone.publish',
  unpublish: 'publicationDone.unpublish',
  archive: 'publicationDone.archive',
  restore: 'publicationDone.restore',
} as const;

function isSavedNotice(saved: string): saved is keyof typeof SAVED_NOTICES {
  return Object.hasOwn(SAVED_NOTICES, saved);
}

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.commitments' });
  const commitmentId = parseRouteId(id);
  const [commitment, user] = await Promise.all([
    commitmentId !== null ? getCommitment({ id: commitmentId }) : null,
    getCurrentUser(),
  ]);
  // Named by its reference, never by the database's number; only to someone who may read it.
  const readable = commitment && can(user, 'country.read_drafts', { countryId: commitment.countryId });
  return { title: readable ? t('detailTitle', { ref: commitment.ref }) : t('title') };
}

/** One commitment with its reports, comment thread and whole history; the secretariat also edits and publishes here. */
export default async function CommitmentPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const commitmentId = parseRouteId(id);
  const commitment = commitmentId !== null ? await getCommitment({ id: commitmentId }) : null;
  // A focal point may read their own state's commitments, drafts included; anything else is "not found".
  const user = await requirePermission({
    locale,
    action: 'country.read_drafts',
    resource: { countryId: commitment?.countryId ?? null },
  });
  if (!commitment) notFound();
  const scope = { commitmentId: commitment.id, countryId: commitment.countryId };
  const [t, tr, when, text, reports, comments, history, saved] = await Promise.all([
    getTranslations('workflow.commitments'),
    getTranslations('workflow.report'),
    getTimestampText(),
    getStandardText(),
    listCommitmentReports(scope),
    listComments(scope),
    getCommitmentHistory(scope),
    searchParams.then((query) => query.saved),
  ]);
  const editor = can(user, 'commitment.update');
  const reviewer = can(user, 'report.review');
  const reporter = can(user, 'report.write', { countryId: commitment.countryId });
  const openReport = reports.find((report) => isReportEditable(report.state) || report.state === 'submitted');

  return (
    <div className="space-y-10">
      {saved && isSavedNotice(saved) ? (
        <Notice tone="success">{t(SAVED_NOTICES[saved], { ref: commitment.ref })}</Notice>
      ) : null}
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          {commitment.ref} · {countryNameOf(commitment, locale)}
        </p>
        <h1 className="text-3xl font-bold tracking-tight" lang={commitment.language}>
          {commitment.title}
        </h1>
        <p className="flex flex-wrap items-center gap-4">
          <StatusBadge status={commitment.status} />
          <span>{t(`publicationStates.${commitment.publication}`)}</span>
          {commitment.overdue ? <span className="font-semibold text-red-800">{t('overdue')}</span> : null}
        </p>
      </header>

      <PageSection headingId="details-heading" title={t('details')}>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t('fields.description')}</dt>
          {commitment.description ? (
            <dd className="whitespace-pre-line" lang={commitment.language}>
              {commitment.description}
            </dd>
          ) : (
            <dd>—</dd>
          )}
          <dt className="font-medium">{t('fields.language')}</dt>
          <dd>{languageName(commitment.language, locale)}</dd>
          <dt className="font-medium">{t('fields.standards')}</dt>
          <dd>
            <ul>
              {commitment.standards.map(text).map((standard) => (
                <li key={standard.id}>
                  <span className="font-medium">{standard.code}</span>{' '}
                  <span {...standard.titleMark}>{standard.title}</span>
                  {standard.retired ? <span className="text-slate-700"> ({t('retired')})</span> : null}
                </li>
              ))}
            </ul>
          </dd>
          <dt className="font-medium">{t('fields.madeAt')}</dt>
          <dd>
            {[commitment.madeAt, commitment.madeOn && formatDate(commitment.madeOn, locale)]
              .filter(Boolean)
              .join(', ') || '—'}
          </dd>
          <dt className="font-medium">{t('fields.sourceUrl')}</dt>
          <dd className="break-all">
            {commitment.sourceUrl ? (
              <a
                href={commitment.sourceUrl}
                rel="noopener noreferrer nofollow"
                className="text-brand-700 underline underline-offset-4"
              >
                {commitment.sourceUrl}
              </a>
            ) : (
              '—'
            )}
          </dd>
          <dt className="font-medium">{t('fields.responsibleBody')}</dt>
          <dd>{commitment.responsibleBody || '—'}</dd>
          <dt className="font-medium">{t('fields.targetDate')}</dt>
          <dd>{commitment.targetDate ? <CalendarDate value={commitment.targetDate} /> : '—'}</dd>
          <dt className="font-medium">{t('fields.version')}</dt>
          <dd>{commitment.version}</dd>
        </dl>
        {editor ? (
          <div className="flex flex-wrap items-start gap-3">
            <Link
              href={`/workspace/commitments/${commitment.id}/edit`}
              className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline"
            >
              {t('edit')}
            </Link>
            {publicationActionsFrom(commitment.publication).map((action) => (
              <ActionButton
                key={action}
                action={changePublicationAction}
                fields={{ id: String(commitment.id), version: String(commitment.version), action }}
                variant={action === 'archive' ? 'danger' : 'secondary'}
                confirm={
                  action === 'archive'
                    ? { question: t('archiveConfirm', { ref: commitment.ref }), confirmLabel: t('archiveYes') }
                    : undefined
                }
              >
                {t(`publicationActions.${action}`)}
              </ActionButton>
            ))}
          </div>
        ) : null}
      </PageSection>

      <PageSection headingId="reports-heading" title={t('reports')}>
        {reporter && commitment.publication === 'published' && !openReport ? (
          <Link
            href={`/workspace/reports/new?commitment=${commitment.id}`}
            className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline"
          >
            {t('reportProgress')}
          </Link>
        ) : null}
        {reports.length === 0 ? (
          <p>{t('noReports')}</p>
        ) : (
          <ul className="space-y-2">
            {reports.map((report) => (
              <li
                key={report.id}
                className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 pb-2"
              >
                <Link
                  href={
                    reviewer && report.state === 'submitted'
                      ? `/workspace/review/${report.id}`
                      : `/workspace/reports/${report.id}`
                  }
                  className="font-medium text-brand-700 underline underline-offset-4"
                >
                  {tr('named', { ref: commitment.ref, date: formatDate(report.reportedOn, locale) })}
                </Link>
                <span>{tr(`states.${report.state}`)}</span>
                <span className="inline-flex items-center gap-1">
                  {tr('claims')} <StatusBadge status={report.claimedStatus} />
                </span>
                {report.assessedStatus ? (
                  <span className="inline-flex items-center gap-1">
                    {tr('assessed')} <StatusBadge status={report.assessedStatus} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection headingId="comments-heading" title={t('comments')}>
        <p className="text-sm text-slate-700">{t('commentsHint')}</p>
        {comments.length === 0 ? (
          <p>{t('noComments')}</p>
        ) : (
          <ol className="space-y-3">
            {comments.map((comment) => (
              <li key={comment.id} className="rounded border border-slate-300 p-3">
                <p className="text-sm text-slate-700">
                  {t('commentBy', { who: comment.authorName, when: when(comment.createdAt) })}
                </p>
                <p className="whitespace-pre-line">{comment.body}</p>
              </li>
            ))}
          </ol>
        )}
        {can(user, 'comment.create', { countryId: commitment.countryId }) ? (
          <CommentForm action={addCommentAction} commitmentId={commitment.id} />
        ) : null}
      </PageSection>

      <PageSection headingId="history-heading" title={t('history')}>
        <HistoryList entries={history} />
      </PageSection>
    </div>
  );
}
