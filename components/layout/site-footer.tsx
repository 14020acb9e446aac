import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { FooterAccount } from './footer-account';

export async function SiteFooter() {
  const [t, tw, locale] = await Promise.all([getTranslations('common'), getTranslations('workspace'), getLocale()]);
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-baseline justify-between gap-4 px-4 py-6">
        <p className="max-w-3xl">{t('footer.about')}</p>
        {/* Drawn the same for everyone, so public pages stay identical per visitor; the browser offers the
            workspace and signing out to someone signed in. /workspace sends anyone else to sign in. */}
        <div className="no-print">
          <FooterAccount
            labels={{
              signIn: t('footer.signIn'),
              workspace: t('footer.workspace'),
              signOut: tw('signOut'),
              signingOut: tw('signingOut'),
            }}
            signedOutPath={`${getPathname({ href: '/login', locale: locale as Locale })}?signedOut=1`}
          />
        </div>
      </div>
    </footer>
  );
}
