import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { StatusIconSprite } from '@/components/public/status-icon';
import { directionOf, routing } from '@/lib/i18n/routing';
import '@/app/globals.css';
import '@/components/public/public.css';

// Cached like the site's public pages: rendered on first request, dropped by tag, rebuilt hourly.
export const revalidate = 3600;

export function generateStaticParams(): { locale: string }[] {
  return [];
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * Root layout of the embeddable cards, apart from the site's own (in its own route group) so that a
 * framed card carries no header, footer or navigation. Only these addresses may be framed by other
 * sites: see EMBED_SECTIONS in lib/security/headers.ts.
 */
export default async function EmbedLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="bg-white">
        <StatusIconSprite />
        <main>{children}</main>
      </body>
    </html>
  );
}
