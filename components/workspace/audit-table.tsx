import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Timestamp } from '@/components/ui/timestamp';
import type { AuditRow } from '@/db/queries/audit';
import { describeAuditAction, wordsOf } from '@/lib/audit-words';
import { countryNameOf } from '@/lib/format';

function json(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}

/** The audit log as a table; before/after values open on demand. */
export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const [t, locale] = await Promise.all([getTranslations('workspace'), getLocale()]);
  const columns: DataColumn<AuditRow>[] = [
    {
      label: t('audit.columns.time'),
      className: 'whitespace-nowrap',
      cell: (row) => <Timestamp value={row.occurredAt} seconds />,
    },
    {
      label: t('audit.columns.actor'),
      cell: (row) => (
        <>
          {row.actorName ?? t('audit.noActor')}
          {row.actorEmail ? <span className="block break-all text-slate-700">{row.actorEmail}</span> : null}
          {row.actorRole ? <span className="block text-slate-700">{t(`roles.${row.actorRole}`)}</span> : null}
          {row.ip ? <span className="block text-slate-700">{row.ip}</span> : null}
        </>
      ),
    },
    {
      label: t('audit.columns.action'),
      rowHeader: true,
      className: 'font-normal',
      // The words, and the code beneath them for whoever searches or filters by it.
      cell: (row) => (
        <>
          {describeAuditAction(row.action, wordsOf(t))}
          <span className="block font-mono text-xs text-slate-700">{row.action}</span>
        </>
      ),
    },
    { label: t('audit.columns.outcome'), cell: (row) => t(`audit.outcomes.${row.outcome}`) },
    {
      label: t('audit.columns.entity'),
      className: 'break-all',
      cell: (row) => (row.entityType ? `${row.entityType} ${row.entityId ?? ''}` : '—'),
    },
    { label: t('audit.columns.country'), cell: (row) => countryNameOf(row, locale) ?? '—' },
    {
      label: t('audit.columns.details'),
      cell: (row) => {
        const before = json(row.before);
        const after = json(row.after);
        if (!before && !after) return '—';
        return (
          <details>
            <summary className="cursor-pointer text-brand-700 underline underline-offset-4">{t('audit.show')}</summary>
            {before ? (
              <>
                <p className="mt-2 font-medium">{t('audit.before')}</p>
                <pre className="whitespace-pre-wrap break-all rounded bg-slate-100 p-2">{before}</pre>
              </>
            ) : null}
            {after ? (
              <>
                <p className="mt-2 font-medium">{t('audit.after')}</p>
                <pre className="whitespace-pre-wrap break-all rounded bg-slate-100 p-2">{after}</pre>
              </>
            ) : null}
          </details>
        );
      },
    },
  ];
  return (
    <DataTable
      variant="workspace"
      caption={t('audit.caption')}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      scroll
      className="text-sm"
    />
  );
}
