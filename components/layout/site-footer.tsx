import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export async function SiteFooter() {
  const t = await getTranslations('common');
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-baseline justify-between gap-4 px-4 py-6">
        <p className="max-w-3xl">{t('footer.about')}</p>
        {/* The same link for everyone, so public pages stay identical per visitor; /workspace sends
            a person without a session to sign in. */}
        <p className="no-print">
          <Link href="/workspace" className="text-brand-700 underline underline-offset-4 hover:text-brand-800">
            {t('footer.signIn')}
          </Link>
        </p>
      </div>
    </footer>
  );
}
