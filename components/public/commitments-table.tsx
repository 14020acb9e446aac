import { getTranslations } from 'next-intl/server';
import type { ContentLanguage, ImplementationStatus } from '@/db/schema';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Link } from '@/lib/i18n/navigation';
import { getStandardText } from '@/lib/i18n/standard-text';
import { CalendarDate } from './partial-date';
import { RetiredMark } from './reference-marks';
import { StatusBadge } from './status-badge';

export type CommitmentRow = {
  ref: string;
  title: string;
  language: ContentLanguage;
  status: ImplementationStatus;
  targetDate: string | null;
  standards: readonly { code: string }[];
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
  const columns: DataColumn<CommitmentRow>[] = [
    {
      label: t('columns.ref'),
      // The reference's own font on the link, not the cell: on a phone the cell also shows its column's name.
      className: 'whitespace-nowrap',
      cell: (commitment) => (
        <Link
          href={`/commitments/${commitment.ref.toLowerCase()}`}
          className="font-mono text-sm text-brand-700 underline underline-offset-4"
        >
          {commitment.ref}
        </Link>
      ),
    },
    {
      label: t('columns.title'),
      rowHeader: true,
      className: 'font-medium',
      cell: (commitment) => <span lang={commitment.language}>{commitment.title}</span>,
    },
    {
      label: t('columns.standards'),
      cell: (commitment) => (
        <ul className="space-y-0.5 text-sm">
          {commitment.standards.map(text).map((standard) => (
            <li key={standard.code}>
              <span className="font-mono">{standard.code}</span>{' '}
              <span className="text-slate-700 no-print" {...standard.titleMark}>
                {standard.title}
              </span>
              {standard.retiredAt ? (
                <>
                  {' '}
                  <RetiredMark retiredAt={standard.retiredAt} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ),
    },
    { label: t('columns.status'), cell: (commitment) => <StatusBadge status={commitment.status} /> },
    {
      label: t('columns.claim'),
      cell: (commitment) => {
        const claim = commitment.latestVerified?.claimedStatus ?? null;
        if (claim === null) return <span className="text-slate-700">{t('noVerifiedReport')}</span>;
        const differs = claim !== commitment.latestVerified?.assessedStatus;
        return (
          <div className="space-y-1">
            <StatusBadge status={claim} />
            {differs ? <DiffersFlag label={t('differs')} /> : null}
          </div>
        );
      },
    },
    {
      label: t('columns.targetDate'),
      className: 'whitespace-nowrap',
      cell: (commitment) =>
        commitment.targetDate ? <CalendarDate value={commitment.targetDate} /> : t('noTargetDate'),
    },
  ];
  return (
    <DataTable
      caption={caption}
      captionId="commitments-caption"
      columns={columns}
      rows={commitments}
      rowKey={(commitment) => commitment.ref}
      rowData={(commitment) => ({ 'data-commitment': commitment.ref })}
      empty={t('none')}
      scroll
    />
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
