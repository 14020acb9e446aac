import { getTranslations } from 'next-intl/server';
import { FooterAccount } from './footer-account';

export async function SiteFooter() {
  const t = await getTranslations('common');
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-baseline justify-between gap-4 px-4 py-6">
        <p className="max-w-3xl">{t('footer.about')}</p>
        {/* Drawn the same for everyone, so public pages stay identical per visitor; the browser offers the
            workspace and their account to someone signed in. /workspace sends anyone else to sign in. */}
        <div className="no-print">
          <FooterAccount
            labels={{ signIn: t('footer.signIn'), workspace: t('footer.workspace'), account: t('footer.account') }}
          />
        </div>
      </div>
    </footer>
  );
}
