import { getFormatter, getTranslations } from 'next-intl/server';
import type { AuditRow } from '@/db/queries/audit';

function json(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}

/** The audit log as a table; before/after values open on demand. */
export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const [t, format] = await Promise.all([getTranslations('workspace'), getFormatter()]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t('audit.caption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pe-3">
              {t('audit.columns.time')}
            </th>
            <th scope="col" className="py-2 pe-3">
              {t('audit.columns.actor')}
            </th>
            <th scope="col" className="py-2 pe-3">
              {t('audit.columns.action')}
            </th>
            <th scope="col" className="py-2 pe-3">
              {t('audit.columns.outcome')}
            </th>
            <th scope="col" className="py-2 pe-3">
              {t('audit.columns.entity')}
            </th>
            <th scope="col" className="py-2 pe-3">
              {t('audit.columns.country')}
            </th>
            <th scope="col" className="py-2 pe-3">
              {t('audit.columns.details')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const before = json(row.before);
            const after = json(row.after);
            return (
              <tr key={row.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pe-3 whitespace-nowrap">
                  <time dateTime={row.occurredAt.toISOString()}>
                    {format.dateTime(row.occurredAt, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'UTC' })} UTC
                  </time>
                </td>
                <td className="py-2 pe-3">
                  {row.actorName ?? t('audit.noActor')}
                  {row.actorRole ? <span className="block text-slate-700">{t(`roles.${row.actorRole}`)}</span> : null}
                  {row.ip ? <span className="block text-slate-700">{row.ip}</span> : null}
                </td>
                <th scope="row" className="py-2 pe-3 font-mono font-normal">
                  {row.action}
                </th>
                <td className="py-2 pe-3">{t(`audit.outcomes.${row.outcome}`)}</td>
                <td className="py-2 pe-3 break-all">
                  {row.entityType ? `${row.entityType} ${row.entityId ?? ''}` : '—'}
                </td>
                <td className="py-2 pe-3">{row.countryName ?? '—'}</td>
                <td className="py-2 pe-3">
                  {before || after ? (
                    <details>
                      <summary className="cursor-pointer text-brand-700 underline underline-offset-4">
                        {t('audit.show')}
                      </summary>
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
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
