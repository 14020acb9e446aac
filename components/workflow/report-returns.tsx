import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { getTimestampText } from '@/components/ui/timestamp';
import type { ContentLanguage, EvidenceLink } from '@/db/schema';
import type { ReportReturnRow } from '@/db/queries/report-returns';
import { hasChanges, type ReportChanges } from '@/lib/workflow/report-changes';

/**
 * For the review of a resubmitted report: why it was returned before (each time, the earliest first)
 * and what the state changed since the last return. Added and removed words are `<ins>` and `<del>`,
 * each with a visually hidden label, since colour and strike-through alone reach no screen reader.
 */
export async function ReportReturns({
  returns,
  changes,
  language,
}: {
  returns: ReportReturnRow[];
  changes: ReportChanges | null;
  language: ContentLanguage;
}) {
  const [t, when] = await Promise.all([getTranslations('workflow.review'), getTimestampText()]);
  const last = returns.at(-1);
  if (!last) return null;
  return (
    <div className="space-y-6">
      <ol className="space-y-3">
        {returns.map((entry) => (
          <li key={entry.id} className="rounded border-s-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
            <p className="text-sm">
              {t('returnedBy', { who: entry.reviewerName ?? t('someone'), when: when(entry.returnedAt) })}
            </p>
            <p className="whitespace-pre-line">{entry.reason}</p>
          </li>
        ))}
      </ol>
      {changes ? (
        <div className="space-y-4">
          <h3 className="text-lg font-semibold">{t('changesHeading', { when: when(last.returnedAt) })}</h3>
          {!hasChanges(changes) ? (
            <p>{t('noChanges')}</p>
          ) : (
            <dl className="space-y-4">
              {changes.claimedStatus ? (
                <div>
                  <dt className="font-medium">{t('changedClaim')}</dt>
                  <dd className="flex flex-wrap items-center gap-2">
                    <span>{t('was')}</span> <StatusBadge status={changes.claimedStatus.before} />
                    <span>{t('now')}</span> <StatusBadge status={changes.claimedStatus.after} />
                  </dd>
                </div>
              ) : null}
              {changes.narrative ? (
                <div>
                  <dt className="font-medium">{t('changedNarrative')}</dt>
                  <dd className="whitespace-pre-line" lang={language}>
                    {changes.narrative.map((part, index) =>
                      part.kind === 'added' ? (
                        <ins key={index} className="bg-green-100 text-green-950 underline decoration-2">
                          <span className="sr-only">{t('addedStart')}</span>
                          {part.text}
                          <span className="sr-only">{t('addedEnd')}</span>
                        </ins>
                      ) : part.kind === 'removed' ? (
                        <del key={index} className="bg-red-100 text-red-950 line-through">
                          <span className="sr-only">{t('removedStart')}</span>
                          {part.text}
                          <span className="sr-only">{t('removedEnd')}</span>
                        </del>
                      ) : (
                        <span key={index}>{part.text}</span>
                      ),
                    )}
                  </dd>
                </div>
              ) : null}
              <EvidenceChange title={t('evidenceAdded')} links={changes.evidenceAdded} />
              <EvidenceChange title={t('evidenceRemoved')} links={changes.evidenceRemoved} />
            </dl>
          )}
        </div>
      ) : null}
    </div>
  );
}

function EvidenceChange({ title, links }: { title: string; links: EvidenceLink[] }) {
  if (links.length === 0) return null;
  return (
    <div>
      <dt className="font-medium">{title}</dt>
      <dd>
        <ul className="list-disc ps-5">
          {links.map((link, index) => (
            <li key={index}>
              {link.label} <span className="break-all text-sm text-slate-700">({link.url})</span>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
