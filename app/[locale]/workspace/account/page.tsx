import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChangePasswordForm, SignOutEverywhereButton } from '@/components/workspace/account-forms';
import { PageSection } from '@/components/ui/page-section';
import { NoticePreferencesForm } from '@/components/workspace/notice-preferences-form';
import { SessionList } from '@/components/workspace/session-list';
import { getCountryNaming } from '@/db/queries/countries';
import { getNoticePreferences } from '@/db/queries/notifications';
import { requirePermission } from '@/lib/auth/session';
import { countryName } from '@/lib/format';
import { listOwnSessions } from '@/lib/auth/user-sessions';
import { Link } from '@/lib/i18n/navigation';
import { NOTICE_KINDS_BY_ROLE } from '@/lib/notifications/kinds';
import {
  changePasswordAction,
  endSessionAction,
  saveNoticePreferencesAction,
  signOutEverywhereAction,
} from './actions';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace' });
  return { title: t('account.title') };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { saved } = await searchParams;
  setRequestLocale(locale);
  const user = await requirePermission({ locale, action: 'account.manage' });
  const t = await getTranslations('workspace');
  const country = user.countryId !== null ? await getCountryNaming({ id: user.countryId }) : null;
  const countryLabel = country && countryName(country, locale);
  const sessions = await listOwnSessions(user);
  const preferences = await getNoticePreferences({ userId: user.id });
  const tn = await getTranslations('notices.preferences');

  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold tracking-tight">{t('account.title')}</h1>
      <dl className="grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-2 [&>dd]:[overflow-wrap:anywhere]">
        <dt className="font-medium">{t('account.name')}</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">{t('users.columns.email')}</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">{t('users.columns.role')}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
        {countryLabel ? (
          <>
            <dt className="font-medium">{t('users.columns.country')}</dt>
            <dd>{countryLabel}</dd>
          </>
        ) : null}
      </dl>
      <PageSection headingId="notices-heading" title={tn('heading')} className="space-y-3">
        <p>{tn('intro')}</p>
        <NoticePreferencesForm
          action={saveNoticePreferencesAction}
          locale={preferences?.locale ?? locale}
          offered={NOTICE_KINDS_BY_ROLE[user.role]}
          muted={preferences?.mutedNotices ?? []}
          saved={saved === 'preferences'}
        />
      </PageSection>
      <PageSection headingId="password-heading" title={t('account.passwordHeading')} className="space-y-3">
        <ChangePasswordForm action={changePasswordAction} email={user.email} />
      </PageSection>
      <PageSection headingId="two-factor-heading" title={t('twoFactor.title')} className="space-y-3">
        <p className="mb-2">{user.totpEnabled ? t('twoFactor.isOn') : t('twoFactor.isOff')}</p>
        <Link href="/workspace/account/two-factor" className="text-brand-700 underline underline-offset-4">
          {t('twoFactor.manage')}
        </Link>
      </PageSection>
      <PageSection headingId="sessions-heading" title={t('account.sessionsHeading')} className="space-y-3">
        <p>{t('account.sessions.intro')}</p>
        <SessionList sessions={sessions} endSession={endSessionAction} />
        <SignOutEverywhereButton action={signOutEverywhereAction} />
      </PageSection>
    </div>
  );
}
