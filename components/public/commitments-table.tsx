import { getStandardText } from '@/lib/i18n/standard-text';
import { getTranslations } from 'next-intl/server';
import type { ImplementationStatus } from '@/db/schema';
import { Link } from '@/lib/i18n/navigation';
import { CalendarDate } from './partial-date';
import { StatusBadge } from './status-badge';

export type CommitmentRow = {
  ref: string;
  title: string;
  status: ImplementationStatus;
  targetDate: string | null;
  standards: readonly { code: string; title: string }[];
  latestVerified?: { claimedStatus: ImplementationStatus; assessedStatus: ImplementationStatus } | null;
};

/**
 * A state's published commitments with both voices: the secretariat's verified status and, from the
 * latest verified report, what the state itself claimed. Where they differ the row says so in words.
 */
export async function CommitmentsTable({
  commitments,
  caption,
}: {
  commitments: readonly CommitmentRow[];
  caption: string;
}) {
  const [t, text] = await Promise.all([getTranslations('public.commitments'), getStandardText()]);
  if (commitments.length === 0) return <p className="text-slate-700">{t('none')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="commitments-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="commitments-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.ref')}</th>
            <th scope="col">{t('columns.title')}</th>
            <th scope="col">{t('columns.standards')}</th>
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.claim')}</th>
            <th scope="col">{t('columns.targetDate')}</th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((commitment) => {
            const claim = commitment.latestVerified?.claimedStatus ?? null;
            const differs = claim !== null && claim !== commitment.latestVerified?.assessedStatus;
            return (
              <tr key={commitment.ref} data-commitment={commitment.ref}>
                <td className="whitespace-nowrap font-mono text-sm">
                  <Link
                    href={`/commitments/${commitment.ref.toLowerCase()}`}
                    className="text-brand-700 underline underline-offset-4"
                  >
                    {commitment.ref}
                  </Link>
                </td>
                <th scope="row" className="font-medium">
                  {commitment.title}
                </th>
                <td>
                  <ul className="space-y-0.5 text-sm">
                    {commitment.standards.map((standard) => (
                      <li key={standard.code}>
                        <span className="font-mono">{standard.code}</span>{' '}
                        <span className="text-slate-700 no-print">{text(standard).title}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <StatusBadge status={commitment.status} />
                </td>
                <td>
                  {claim === null ? (
                    <span className="text-slate-700">{t('noVerifiedReport')}</span>
                  ) : (
                    <div className="space-y-1">
                      <StatusBadge status={claim} />
                      {differs ? <DiffersFlag label={t('differs')} /> : null}
                    </div>
                  )}
                </td>
                <td className="whitespace-nowrap">
                  {commitment.targetDate ? <CalendarDate value={commitment.targetDate} /> : t('noTargetDate')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Marks where the state's claim and the secretariat's assessment disagree: a symbol and the words. */
export function DiffersFlag({ label }: { label: string }) {
  return (
    <span
      className="inline-flex items-center gap-1 rounded bg-amber-50 px-1.5 py-0.5 text-sm font-medium text-amber-950"
      data-differs="true"
    >
      <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" className="shrink-0">
        <path d="M8 1.5l7 13H1z" fill="#b54708" />
        <path d="M8 6v4.2M8 12.2v.3" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      {label}
    </span>
  );
}
