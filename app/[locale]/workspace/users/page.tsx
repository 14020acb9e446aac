import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { RevokeInvitationButton } from '@/components/workspace/user-admin-buttons';
import { listPendingInvitations } from '@/db/queries/invitations';
import { listUsers } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { revokeInvitationAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace' });
  return { title: t('users.title') };
}

export default async function UsersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'user.read' });
  const [t, format, users, invitations] = await Promise.all([
    getTranslations('workspace'),
    getFormatter(),
    listUsers(),
    listPendingInvitations(),
  ]);
  const when = (date: Date | null) =>
    date
      ? format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC'
      : t('users.never');

  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">{t('users.title')}</h1>
        <Link
          href="/workspace/users/invite"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
        >
          {t('users.invite')}
        </Link>
      </div>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading" className="mb-3 text-2xl font-semibold">
          {t('users.people')}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('users.caption')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pe-4">
                  {t('users.columns.name')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('users.columns.role')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('users.columns.country')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('users.columns.status')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('users.columns.twoFactor')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('users.columns.lastSignIn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pe-4 font-normal">
                    <Link
                      href={`/workspace/users/${user.id}`}
                      className="font-medium text-brand-700 underline underline-offset-4"
                    >
                      {user.name}
                    </Link>
                    <span className="block text-sm text-slate-700">{user.email}</span>
                  </th>
                  <td className="py-2 pe-4">{t(`roles.${user.role}`)}</td>
                  <td className="py-2 pe-4">{user.countryName ?? '—'}</td>
                  <td className="py-2 pe-4">{user.isActive ? t('users.active') : t('users.deactivated')}</td>
                  <td className="py-2 pe-4">{user.totpEnabled ? t('users.twoFactorOn') : t('users.twoFactorOff')}</td>
                  <td className="py-2 pe-4">{when(user.lastSignInAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="mb-3 text-2xl font-semibold">
          {t('users.pending')}
        </h2>
        {invitations.length === 0 ? (
          <p>{t('users.noPending')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t('users.pendingCaption')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="py-2 pe-4">
                    {t('users.columns.email')}
                  </th>
                  <th scope="col" className="py-2 pe-4">
                    {t('users.columns.role')}
                  </th>
                  <th scope="col" className="py-2 pe-4">
                    {t('users.columns.country')}
                  </th>
                  <th scope="col" className="py-2 pe-4">
                    {t('users.columns.expires')}
                  </th>
                  <th scope="col" className="py-2 pe-4">
                    {t('users.columns.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pe-4 font-normal">
                      {invitation.email}
                    </th>
                    <td className="py-2 pe-4">{invitation.role ? t(`roles.${invitation.role}`) : '—'}</td>
                    <td className="py-2 pe-4">{invitation.countryName ?? '—'}</td>
                    <td className="py-2 pe-4">{when(invitation.expiresAt)}</td>
                    <td className="py-2 pe-4">
                      <RevokeInvitationButton
                        action={revokeInvitationAction}
                        invitationId={invitation.id}
                        label={t('users.revoke', { email: invitation.email })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
