import { getTranslations } from 'next-intl/server';
import type { ImplementationStatus } from '@/db/schema';
import { StatusIcon } from './status-icon';

/** A status as icon and words; never colour alone. */
export async function StatusBadge({ status }: { status: ImplementationStatus }) {
  const t = await getTranslations('public.status');
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap" data-status={status}>
      <StatusIcon status={status} />
      <span>{t(status)}</span>
    </span>
  );
}
