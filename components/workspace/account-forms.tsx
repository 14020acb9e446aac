'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { RequiredLegend } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy-limits';

export function ChangePasswordForm({ action, email }: { action: FormAction; email: string }) {
  const t = useTranslations('workspace');
  const { state, formAction, failure, summary, errorsFor, formKey } = useActionForm(action);
  const labels = { currentPassword: t('account.currentPassword'), newPassword: t('account.newPassword') };
  return (
    <form action={formAction} noValidate key={formKey} className="max-w-md">
      {state?.ok ? <Notice tone="success">{t('account.passwordChanged')}</Notice> : null}
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      <RequiredLegend />
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        name="currentPassword"
        label={labels.currentPassword}
        autoComplete="current-password"
        errors={errorsFor('currentPassword')}
        required
        aria-required="true"
      />
      <PasswordField
        name="newPassword"
        label={labels.newPassword}
        hint={t('account.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        errors={errorsFor('newPassword')}
        required
        aria-required="true"
      />
      <SubmitButton>{t('account.changePassword')}</SubmitButton>
    </form>
  );
}

export function SignOutEverywhereButton({ action }: { action: FormAction }) {
  const t = useTranslations('workspace');
  return (
    <ActionButton action={action} fields={{}} variant="danger" description={t('account.everywhereHelp')}>
      {t('account.everywhere')}
    </ActionButton>
  );
}

/** "End this session" for one row of the session list; the device is named for screen readers. */
export function EndSessionButton({
  action,
  sessionId,
  label,
  device,
}: {
  action: FormAction;
  sessionId: string;
  label: string;
  device: string;
}) {
  return (
    <ActionButton action={action} fields={{ sessionId }} variant="secondary">
      {label}
      <span className="sr-only">: {device}</span>
    </ActionButton>
  );
}
