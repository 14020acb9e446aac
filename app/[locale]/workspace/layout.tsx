import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SessionKeepAlive } from '@/components/workspace/session-keep-alive';
import { SignOutButton } from '@/components/workspace/sign-out-button';
import { UnreadCount } from '@/components/workspace/unread-count';
import { WORKSPACE_NAV } from '@/components/workspace/nav-items';
import { WorkspaceMenu } from '@/components/workspace/workspace-menu';
import { WorkspaceNav } from '@/components/workspace/workspace-nav';
import { countUnreadNotices } from '@/db/queries/notifications';
import { loginPath, requireUser } from '@/lib/auth/session';
import { can } from '@/lib/permissions';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Every workspace page is per person and per request: never cached.
export const dynamic = 'force-dynamic';

/**
 * The workspace shell: navigation by role and sign-out (behind a menu button on a phone), and session
 * renewal while active. A layout is not
 * re-rendered on every navigation, so each page checks the session and its permission itself too.
 */
export default async function WorkspaceLayout({ children, params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ locale, allowRestricted: true });
  const [t, tn, unread] = await Promise.all([
    getTranslations('workspace'),
    getTranslations('notices.whatsNew'),
    countUnreadNotices({ userId: user.id }),
  ]);
  const badge = <UnreadCount count={unread} label={tn('badge', { count: unread })} />;
  const visible = WORKSPACE_NAV.filter((item) => can(user, item.permission, { countryId: user.countryId }));
  const linkOf = (item: (typeof visible)[number]) => ({
    href: item.href,
    label: t(`nav.${item.labelKey}`),
    badge: item.href === '/workspace' ? badge : undefined,
  });
  const items = visible.filter((item) => !item.section).map(linkOf);
  const sections = [
    { label: t('nav.referenceData'), items: visible.filter((item) => item.section === 'referenceData').map(linkOf) },
  ];

  return (
    // Forms here need every namespace on the client; public pages send only what their few client parts use.
    <NextIntlClientProvider>
      <div className="grid gap-4 md:grid-cols-[14rem_1fr] md:gap-8">
        <aside className="md:border-e md:border-slate-200 md:pe-6">
          <WorkspaceMenu label={t('nav.menu')} badge={badge}>
            <div className="[overflow-wrap:anywhere]">
              <p className="font-semibold">{user.name}</p>
              <p className="text-sm text-slate-700">{t(`roles.${user.role}`)}</p>
            </div>
            <WorkspaceNav label={t('nav.label')} items={items} sections={sections} />
            <SignOutButton
              label={t('signOut')}
              pendingLabel={t('signingOut')}
              callbackUrl={`${loginPath(locale)}?signedOut=1`}
            />
          </WorkspaceMenu>
          <SessionKeepAlive />
        </aside>
        <div className="min-w-0">{children}</div>
      </div>
    </NextIntlClientProvider>
  );
}
