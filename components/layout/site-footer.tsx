import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('common');
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto w-full max-w-6xl px-4 py-6">
        <p>{t('footer.about')}</p>
      </div>
    </footer>
  );
}
