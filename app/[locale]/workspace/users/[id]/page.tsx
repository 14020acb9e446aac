import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Timestamp } from '@/components/ui/timestamp';
import { SendResetButton, SetActiveButton } from '@/components/workspace/user-admin-buttons';
import { UserAccessForm } from '@/components/workspace/user-access-form';
import { PageSection } from '@/components/ui/page-section';
import { listCountryOptions } from '@/db/queries/countries';
import { getUserDetail } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/session';
import { countryChoices, countryNameOf } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { sendPasswordResetAction, setUserActiveAction, updateUserAccessAction } from '../actions';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace' });
  return { title: t('user.title') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function UserPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const me = await requirePermission({ locale, action: 'user.update' });
  const user = UUID.test(id) ? await getUserDetail({ id }) : null;
  if (!user) notFound();
  const [t, countries] = await Promise.all([getTranslations('workspace'), listCountryOptions()]);
  const isSelf = user.id === me.id;
  const facts: [string, ReactNode][] = [
    [t('users.columns.email'), user.email],
    [t('users.columns.role'), t(`roles.${user.role}`)],
    [t('users.columns.country'), countryNameOf(user, locale) ?? '—'],
    [t('users.columns.status'), user.isActive ? t('users.active') : t('users.deactivated')],
    [t('users.columns.twoFactor'), user.totpEnabled ? t('users.twoFactorOn') : t('users.twoFactorOff')],
    [t('users.columns.lastSignIn'), user.lastSignInAt ? <Timestamp value={user.lastSignInAt} /> : t('users.never')],
  ];

  return (
    <div className="space-y-10">
      <div>
        <p className="mb-2">
          <Link href="/workspace/users" className="text-brand-700 underline underline-offset-4">
            {t('user.back')}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{user.name}</h1>
      </div>
      <dl className="grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-2 [&>dd]:[overflow-wrap:anywhere]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {isSelf ? (
        <p className="max-w-2xl rounded bg-brand-50 p-4">{t('user.isSelf')}</p>
      ) : (
        <>
          <PageSection headingId="access-heading" title={t('user.accessHeading')} className="space-y-3">
            <UserAccessForm
              action={updateUserAccessAction}
              userId={user.id}
              role={user.role}
              countryId={user.countryId}
              countries={countryChoices(countries, locale).map(({ id: cid, name }) => ({ id: cid, name }))}
            />
          </PageSection>
          <PageSection headingId="status-heading" title={t('user.statusHeading')} className="space-y-3">
            <SetActiveButton action={setUserActiveAction} userId={user.id} active={!user.isActive} />
          </PageSection>
          {user.isActive ? (
            <PageSection headingId="reset-heading" title={t('user.resetHeading')} className="space-y-3">
              <SendResetButton action={sendPasswordResetAction} userId={user.id} />
            </PageSection>
          ) : null}
        </>
      )}
    </div>
  );
}
