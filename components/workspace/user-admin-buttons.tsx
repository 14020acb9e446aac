'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/lib/actions/result';

export function RevokeInvitationButton({
  action,
  invitationId,
  label,
}: {
  action: FormAction;
  invitationId: string;
  label: string;
}) {
  const t = useTranslations('workspace');
  return (
    <ActionButton action={action} fields={{ invitationId }} variant="secondary">
      <span aria-hidden="true">{t('users.revokeShort')}</span>
      <span className="sr-only">{label}</span>
    </ActionButton>
  );
}

export function SetActiveButton({
  action,
  userId,
  active,
}: {
  action: FormAction<{ isActive: boolean }>;
  userId: string;
  active: boolean;
}) {
  const t = useTranslations('workspace');
  return (
    <ActionButton
      action={action}
      fields={{ userId, active: String(active) }}
      variant={active ? 'secondary' : 'danger'}
      description={active ? t('user.reactivateHelp') : t('user.deactivateHelp')}
      // The page is drawn again after the change (the button then offers the opposite), so the message
      // follows what the action returned, not this button's props.
      renderSuccess={(data) => <p role="status">{data.isActive ? t('user.reactivated') : t('user.deactivated')}</p>}
      // Deactivating ends the person's sessions at once: it asks first. Reactivating only gives access back.
      confirm={active ? undefined : { question: t('user.deactivateConfirm'), confirmLabel: t('user.deactivateYes') }}
    >
      {active ? t('user.reactivate') : t('user.deactivate')}
    </ActionButton>
  );
}

export function SendResetButton({
  action,
  userId,
}: {
  action: FormAction<{ mailed: boolean; link: string | null }>;
  userId: string;
}) {
  const t = useTranslations('workspace');
  return (
    <ActionButton
      action={action}
      fields={{ userId }}
      description={t('user.resetHelp')}
      renderSuccess={(data) => (
        <div role="status" className="mt-2 space-y-2">
          <p>{data.mailed ? t('user.resetMailed') : t('user.resetNotMailed')}</p>
          {data.link ? (
            <p className="break-all">
              <span className="font-medium">{t('user.resetLink')}</span>{' '}
              <code className="rounded bg-slate-100 px-1">{data.link}</code>
            </p>
          ) : null}
        </div>
      )}
    >
      {t('user.sendReset')}
    </ActionButton>
  );
}
