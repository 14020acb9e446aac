import { getFormatter, getTranslations } from 'next-intl/server';
import type { ImplementationStatus } from '@/db/schema';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
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
  const columns: DataColumn<ImplementationStatus>[] = [
    {
      label: t('status'),
      rowHeader: true,
      className: 'font-normal',
      cell: (status) => <StatusBadge status={status} />,
      footer: t('total'),
    },
    {
      label: t('commitments'),
      numeric: true,
      cell: (status) => format.number(distribution[status]),
      footer: format.number(total),
    },
    {
      label: t('share'),
      numeric: true,
      cell: (status) =>
        total === 0 ? '–' : format.number(distribution[status] / total, { style: 'percent', maximumFractionDigits: 0 }),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={IMPLEMENTATION_STATUSES} rowKey={(status) => status} />;
}
