import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Timestamp } from '@/components/ui/timestamp';
import { RevokeInvitationButton } from '@/components/workspace/user-admin-buttons';
import { PageSection } from '@/components/ui/page-section';
import { listPendingInvitations } from '@/db/queries/invitations';
import { listUsers } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/session';
import { countryNameOf } from '@/lib/format';
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
  const [t, users, invitations] = await Promise.all([
    getTranslations('workspace'),
    listUsers(),
    listPendingInvitations(),
  ]);
  const when = (date: Date | null) => (date ? <Timestamp value={date} /> : t('users.never'));
  const userColumns: DataColumn<(typeof users)[number]>[] = [
    {
      label: t('users.columns.name'),
      rowHeader: true,
      className: 'font-normal',
      cell: (user) => (
        <>
          <Link
            href={`/workspace/users/${user.id}`}
            className="font-medium text-brand-700 underline underline-offset-4"
          >
            {user.name}
          </Link>
          <span className="block text-sm text-slate-700">{user.email}</span>
        </>
      ),
    },
    { label: t('users.columns.role'), cell: (user) => t(`roles.${user.role}`) },
    { label: t('users.columns.country'), cell: (user) => countryNameOf(user, locale) ?? '—' },
    { label: t('users.columns.status'), cell: (user) => (user.isActive ? t('users.active') : t('users.deactivated')) },
    {
      label: t('users.columns.twoFactor'),
      cell: (user) => (user.totpEnabled ? t('users.twoFactorOn') : t('users.twoFactorOff')),
    },
    { label: t('users.columns.lastSignIn'), cell: (user) => when(user.lastSignInAt) },
  ];
  const invitationColumns: DataColumn<(typeof invitations)[number]>[] = [
    {
      label: t('users.columns.email'),
      rowHeader: true,
      className: 'font-normal',
      cell: (invitation) => invitation.email,
    },
    { label: t('users.columns.role'), cell: (invitation) => (invitation.role ? t(`roles.${invitation.role}`) : '—') },
    { label: t('users.columns.country'), cell: (invitation) => countryNameOf(invitation, locale) ?? '—' },
    { label: t('users.columns.expires'), cell: (invitation) => when(invitation.expiresAt) },
    {
      label: t('users.columns.actions'),
      cell: (invitation) => (
        <RevokeInvitationButton
          action={revokeInvitationAction}
          invitationId={invitation.id}
          label={t('users.revoke', { email: invitation.email })}
        />
      ),
    },
  ];

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

      <PageSection headingId="people-heading" title={t('users.people')} className="space-y-3">
        <DataTable
          variant="workspace"
          caption={t('users.caption')}
          captionHidden
          columns={userColumns}
          rows={users}
          rowKey={(user) => user.id}
          scroll
        />
      </PageSection>

      <PageSection headingId="invitations-heading" title={t('users.pending')} className="space-y-3">
        <DataTable
          variant="workspace"
          caption={t('users.pendingCaption')}
          captionHidden
          columns={invitationColumns}
          rows={invitations}
          rowKey={(invitation) => invitation.id}
          empty={t('users.noPending')}
          scroll
        />
      </PageSection>
    </div>
  );
}
