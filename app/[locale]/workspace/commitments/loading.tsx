import { getTranslations } from 'next-intl/server';

/** Stands in for the commitment list while it loads: its heading, the filters' box and table rows. */
export default async function Loading() {
  const t = await getTranslations('workflow.commitments');
  return (
    <div className="space-y-6" aria-busy="true">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <div className="h-40 animate-pulse rounded border border-slate-300 bg-slate-50" />
      <p role="status">{t('loading')}</p>
      <div className="space-y-2">
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="h-8 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
