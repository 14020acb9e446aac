import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** The localised 404 page: for unknown country codes, commitment references and any unmatched address. */
export default async function NotFoundPage() {
  const t = await getTranslations('public.notFound');
  return (
    <div className="max-w-2xl space-y-4 py-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">{t('code')}</p>
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="text-lg text-slate-700">{t('body')}</p>
      <ul className="list-inside list-disc space-y-1">
        <li>
          <Link href="/" className="text-brand-700 underline underline-offset-4">
            {t('overview')}
          </Link>
        </li>
        <li>
          <Link href="/countries" className="text-brand-700 underline underline-offset-4">
            {t('countries')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
