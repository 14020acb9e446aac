import { getTranslations } from 'next-intl/server';
import type { ImplementationStatus } from '@/db/schema';
import { CalendarDate } from './partial-date';
import { StatusBadge } from './status-badge';

export type CommitmentRow = {
  ref: string;
  title: string;
  status: ImplementationStatus;
  targetDate: string | null;
  standards: readonly { code: string; title: string }[];
};

/** A state's published commitments with their verified status. */
export async function CommitmentsTable({ commitments, caption }: { commitments: readonly CommitmentRow[]; caption: string }) {
  const t = await getTranslations('public.commitments');
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
            <th scope="col">{t('columns.targetDate')}</th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((commitment) => (
            <tr key={commitment.ref} data-commitment={commitment.ref}>
              <td className="whitespace-nowrap font-mono text-sm">{commitment.ref}</td>
              <th scope="row" className="font-medium">
                {commitment.title}
              </th>
              <td>
                <ul className="space-y-0.5 text-sm">
                  {commitment.standards.map((standard) => (
                    <li key={standard.code}>
                      <span className="font-mono">{standard.code}</span> <span className="text-slate-700">{standard.title}</span>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <StatusBadge status={commitment.status} />
              </td>
              <td className="whitespace-nowrap">{commitment.targetDate ? <CalendarDate value={commitment.targetDate} /> : t('noTargetDate')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
