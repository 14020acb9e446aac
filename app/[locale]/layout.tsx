import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { StatusIconSprite } from '@/components/public/status-icon';
import { directionOf, routing } from '@/lib/i18n/routing';
import '../globals.css';

// No page is rendered at build time (there is no database then). Public pages are rendered on their
// first request and cached whole until a tag they read is invalidated (see db/queries/public-cache.ts);
// the workspace and sign-in pages declare themselves dynamic in their own layouts.
export function generateStaticParams(): { locale: string }[] {
  return [];
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'common' });
  return { title: { default: t('siteName'), template: `%s · ${t('siteName')}` }, description: t('siteDescription') };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: 'common' }), getMessages()]);
  // Only what the shell's client parts read (the language switcher, the error page) goes to the
  // browser; the workspace and sign-in layouts hand their forms the rest.
  const clientMessages = {
    common: messages.common,
    public: { error: (messages.public as Record<string, unknown>).error },
  };

  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col">
        <StatusIconSprite />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
