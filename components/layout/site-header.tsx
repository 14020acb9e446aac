import { getTranslations } from 'next-intl/server';
import { DemoBanner } from '@/components/layout/demo-banner';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { Link } from '@/lib/i18n/navigation';

export async function SiteHeader() {
  const [t, tPublic] = await Promise.all([getTranslations('common'), getTranslations('public.nav')]);
  const links = [
    { href: '/', label: t('nav.overview') },
    { href: '/countries', label: t('nav.countries') },
    { href: '/standards', label: tPublic('standards') },
    { href: '/compare', label: tPublic('compare') },
    { href: '/methodology', label: tPublic('methodology') },
    { href: '/data', label: tPublic('data') },
  ] as const;

  return (
    <header className="border-b border-slate-200 bg-brand-800 text-white">
      <DemoBanner />
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-white no-underline hover:underline">
          {t('siteName')}
        </Link>
        <nav aria-label={t('nav.label')} className="no-print">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-white underline-offset-4 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
