import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { WORKSPACE_NAV } from '@/components/workspace/nav-items';
import { NoticesSeen } from '@/components/workspace/notices-seen';
import { WhatsNew } from '@/components/workspace/whats-new';
import { getCountryNaming } from '@/db/queries/countries';
import { getNoticePreferences, listNoticesFor } from '@/db/queries/notifications';
import { requirePermission } from '@/lib/auth/session';
import { countryName, isolate } from '@/lib/format';
import { Link, redirect } from '@/lib/i18n/navigation';
import { directionOf, localeOr } from '@/lib/i18n/routing';
import { NOTICE_KINDS_BY_ROLE } from '@/lib/notifications/kinds';
import { can } from '@/lib/permissions';
import { markNoticesSeenAction } from './actions';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** How many of a person's latest notices the home lists. */
const WHATS_NEW_LIMIT = 20;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace' });
  return { title: t('home.title') };
}

export default async function WorkspaceHome({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission({ locale, action: 'workspace.view' });
  const preferences = await getNoticePreferences({ userId: user.id });
  // Just signed in (the sign-in page's default destination): open in the person's own language.
  if ((await searchParams).landing !== undefined) {
    redirect({ href: '/workspace', locale: localeOr(preferences?.locale, localeOr(locale)) });
  }
  const notices = await listNoticesFor({ userId: user.id, since: null, limit: WHATS_NEW_LIMIT });
  const readAt = preferences?.noticesReadAt ?? null;
  const newest = notices[0];
  const t = await getTranslations('workspace');
  const country = user.countryId !== null ? await getCountryNaming({ id: user.countryId }) : null;
  const countryLabel = country && countryName(country, locale);
  const links = WORKSPACE_NAV.filter(
    (item) => item.href !== '/workspace' && can(user, item.permission, { countryId: user.countryId }),
  );

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('home.title')}</h1>
      <p className="text-lg">
        {t('home.welcome', { name: directionOf(locale) === 'rtl' ? isolate(user.name) : user.name })}
      </p>
      <p>
        {countryLabel
          ? t('home.roleWithCountry', { role: t(`roles.${user.role}`), country: countryLabel })
          : t('home.role', { role: t(`roles.${user.role}`) })}
      </p>
      {/* Administrators receive no notices of their own: no section for them unless one is there. */}
      {NOTICE_KINDS_BY_ROLE[user.role].length > 0 || notices.length > 0 ? (
        <WhatsNew notices={notices} readAt={readAt} />
      ) : null}
      <ul className="list-disc space-y-1 ps-5">
        {links.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="text-brand-700 underline underline-offset-4">
              {t(`nav.${item.labelKey}`)}
            </Link>
            {' – '}
            {t(`home.describe.${item.labelKey}`)}
          </li>
        ))}
      </ul>
      {newest && (readAt === null || newest.createdAt > readAt) ? (
        <NoticesSeen action={markNoticesSeenAction} throughId={newest.id} />
      ) : null}
    </div>
  );
}
