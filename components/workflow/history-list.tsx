import { getTranslations } from 'next-intl/server';
import { getTimestampText } from '@/components/ui/timestamp';
import type { HistoryEntry } from '@/db/queries/commitment-history';

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
  const [t, when] = await Promise.all([getTranslations('workflow.history'), getTimestampText()]);
  if (entries.length === 0) return <p>{t('empty')}</p>;
  return (
    <ol className="space-y-3 border-s-2 border-slate-300 ps-4">
      {entries.map((entry) => {
        const fields = changedFields(entry.before, entry.after);
        const key = `actions.${entry.action.replace('.', '_')}`;
        return (
          <li key={entry.id}>
            <p>
              <span className="font-medium">{t.has(key) ? t(key) : entry.action}</span>
              {entry.entityType === 'progress_report' ? ` (${t('reportNumber', { id: entry.entityId ?? '' })})` : null}
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
