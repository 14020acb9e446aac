'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Link } from '@/lib/i18n/navigation';

/**
 * Shown when a page under a locale fails unexpectedly (the database is unreachable, say). It says
 * what the reader can do, and gives the error's reference so that a report can be matched to the
 * server log; the error's own message never reaches the page in production.
 */
export default function LocaleError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('public.error');
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div role="alert" className="max-w-2xl space-y-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="text-lg text-slate-700">{t('body')}</p>
      {digest ? <p className="text-sm text-slate-700">{t('reference', { digest })}</p> : null}
      <div className="flex flex-wrap gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t('retry')}
        </button>
        <Link href="/" className="self-center text-brand-700 underline underline-offset-4">
          {t('home')}
        </Link>
      </div>
    </div>
  );
}
