import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { CalendarDate } from '@/components/public/partial-date';
import { Timestamp } from '@/components/ui/timestamp';
import type { ReportListRow } from '@/db/queries/report-lists';

/** A report's two voices: the state's claim and evidence, and (once reviewed) the secretariat's word. */
export async function ReportVoices({ report }: { report: ReportListRow }) {
  const t = await getTranslations('workflow.report');
  return (
    <div className="space-y-4">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t('state')}</dt>
        <dd>{t(`states.${report.state}`)}</dd>
        <dt className="font-medium">{t('claimedStatus')}</dt>
        <dd>
          <StatusBadge status={report.claimedStatus} />
        </dd>
        {report.assessedStatus ? (
          <>
            <dt className="font-medium">{t('assessedStatus')}</dt>
            <dd>
              <StatusBadge status={report.assessedStatus} />
              {report.assessedStatus !== report.claimedStatus ? (
                <span className="ms-2 text-sm font-medium">({t('differs')})</span>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt className="font-medium">{t('reportedOn')}</dt>
        <dd>
          <CalendarDate value={report.reportedOn} />
        </dd>
        <dt className="font-medium">{t('author')}</dt>
        <dd>{report.authorName ?? '—'}</dd>
        <dt className="font-medium">{t('submittedAt')}</dt>
        <dd>{report.submittedAt ? <Timestamp value={report.submittedAt} /> : '—'}</dd>
        {report.roundTitle ? (
          <>
            <dt className="font-medium">{t('round')}</dt>
            <dd>{report.roundTitle}</dd>
          </>
        ) : null}
        {report.publicNote ? (
          <>
            <dt className="font-medium">{t('publicNote')}</dt>
            <dd className="whitespace-pre-line" lang={report.commitmentLanguage}>
              {report.publicNote}
            </dd>
          </>
        ) : null}
      </dl>
      {report.state === 'returned' && report.returnReason ? (
        <div className="rounded border-s-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
          <h3 className="font-semibold">{t('returnReason')}</h3>
          <p className="whitespace-pre-line">{report.returnReason}</p>
        </div>
      ) : null}
      <div>
        <h3 className="font-semibold">{t('narrative')}</h3>
        {report.narrative ? (
          <p className="whitespace-pre-line" lang={report.commitmentLanguage}>
            {report.narrative}
          </p>
        ) : (
          <p>{t('noNarrative')}</p>
        )}
      </div>
      <div>
        <h3 className="font-semibold">{t('evidence')}</h3>
        {report.evidence.length === 0 ? (
          <p>{t('noEvidence')}</p>
        ) : (
          <ul className="list-disc ps-5">
            {report.evidence.map((link, index) => (
              <li key={index}>
                <a
                  href={link.url}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  className="text-brand-700 underline underline-offset-4"
                >
                  {link.label}
                </a>{' '}
                <span className="break-all text-sm text-slate-700">({link.url})</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
