import { getLocale, getTranslations } from 'next-intl/server';
import { getTimestampText } from '@/components/ui/timestamp';
import type { HistoryEntry } from '@/db/queries/commitment-history';
import { formatDate } from '@/lib/format';

const SHOWN_FIELDS = [
  'ref',
  'title',
  'description',
  'madeAt',
  'madeOn',
  'sourceUrl',
  'responsibleBody',
  'targetDate',
  'language',
  'standardIds',
  'publication',
  'status',
  'state',
  'claimedStatus',
  'assessedStatus',
  'narrative',
  'evidence',
  'reportedOn',
  'publicNote',
  'returnReason',
];

/** The date a report's audit event carries, which names the report (its database number never does). */
function reportDate(entry: HistoryEntry): string | null {
  for (const side of [entry.after, entry.before]) {
    const value = side && typeof side === 'object' ? (side as Record<string, unknown>).reportedOn : undefined;
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}

function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return SHOWN_FIELDS.filter(
    (field) => field in b && JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null),
  );
}

/** A commitment's whole history from the audit log: who did what, when, and which fields changed. */
export async function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const [t, when, locale] = await Promise.all([getTranslations('workflow.history'), getTimestampText(), getLocale()]);
  if (entries.length === 0) return <p>{t('empty')}</p>;
  return (
    <ol className="space-y-3 border-s-2 border-slate-300 ps-4">
      {entries.map((entry) => {
        const fields = changedFields(entry.before, entry.after);
        const key = `actions.${entry.action.replace('.', '_')}`;
        const dated = entry.entityType === 'progress_report' ? reportDate(entry) : null;
        return (
          <li key={entry.id}>
            <p>
              <span className="font-medium">{t.has(key) ? t(key) : entry.action}</span>
              {dated ? ` (${t('reportOf', { date: formatDate(dated, locale) })})` : null}
            </p>
            <p className="text-sm text-slate-700">
              {t('byAt', { who: entry.actorName ?? t('system'), when: when(entry.occurredAt) })}
            </p>
            {fields.length > 0 && entry.before ? (
              <p className="text-sm text-slate-700">
                {t('changed', {
                  fields: fields.map((field) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field)).join(', '),
                })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
