import { getFormatter, getTranslations } from 'next-intl/server';
import type { ImplementationStatus } from '@/db/schema';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';
import { StatusBadge } from './status-badge';

/** The numbers behind a distribution bar: every status, its count and its share. */
export async function StatusTable({
  distribution,
  caption,
}: {
  distribution: Record<ImplementationStatus, number>;
  caption: string;
}) {
  const [t, format] = await Promise.all([getTranslations('public.distribution'), getFormatter()]);
  const total = IMPLEMENTATION_STATUSES.reduce((sum, status) => sum + distribution[status], 0);
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('status')}</th>
          <th scope="col" className="text-right">
            {t('commitments')}
          </th>
          <th scope="col" className="text-right">
            {t('share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {IMPLEMENTATION_STATUSES.map((status) => (
          <tr key={status}>
            <th scope="row" className="font-normal">
              <StatusBadge status={status} />
            </th>
            <td className="text-right tabular-nums">{format.number(distribution[status])}</td>
            <td className="text-right tabular-nums">
              {total === 0
                ? '–'
                : format.number(distribution[status] / total, { style: 'percent', maximumFractionDigits: 0 })}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('total')}</th>
          <td className="text-right font-semibold tabular-nums">{format.number(total)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
