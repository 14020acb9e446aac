import { getTranslations } from 'next-intl/server';

/** Stands in for the review queue while it loads. */
export default async function Loading() {
  const t = await getTranslations('workflow.review');
  return (
    <div className="space-y-6" aria-busy="true">
      <h1 className="text-3xl font-bold tracking-tight">{t('queueTitle')}</h1>
      <p role="status">{t('loading')}</p>
      <div className="space-y-2">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="h-8 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
