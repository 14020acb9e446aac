'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  startTwoFactorAction,
} from '@/app/[locale]/workspace/account/actions';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations('workspace');
  const locale = useLocale() as Locale;
  return (
    <div className="rounded border-2 border-green-800 bg-green-50 p-4" role="status">
      <h2 className="text-xl font-semibold">{t('twoFactor.codesTitle')}</h2>
      <p className="mt-2">{t('twoFactor.codesHelp')}</p>
      <ul className="mt-3 grid max-w-md grid-cols-2 gap-2 font-mono text-lg" aria-label={t('twoFactor.codesTitle')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <p className="mt-4">
        {/* A full load, so that the workspace's navigation is drawn again for the now complete account. */}
        <a href={getPathname({ href: '/workspace', locale })} className="text-brand-700 underline underline-offset-4">
          {t('twoFactor.continue')}
        </a>
      </p>
    </div>
  );
}

function CodeForm({
  action,
  submit,
  withPassword = false,
}: {
  action: typeof confirmTwoFactorAction | typeof regenerateRecoveryCodesAction | typeof disableTwoFactorAction;
  submit: string;
  withPassword?: boolean;
}) {
  const t = useTranslations('workspace');
  const { state, formAction, failure, summary, errorsFor, formKey } = useActionForm(
    action as typeof confirmTwoFactorAction,
  );
  if (state?.ok && 'recoveryCodes' in (state.data as object))
    return <RecoveryCodes codes={(state.data as { recoveryCodes: string[] }).recoveryCodes} />;
  if (state?.ok) return <Notice tone="success">{t('twoFactor.disabled')}</Notice>;
  const labels = { code: t('twoFactor.code'), currentPassword: t('account.currentPassword') };
  return (
    <form action={formAction} noValidate key={formKey} className="max-w-md">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      {withPassword ? (
        <PasswordField
          name="currentPassword"
          label={labels.currentPassword}
          autoComplete="current-password"
          errors={errorsFor('currentPassword')}
          required
          aria-required="true"
        />
      ) : null}
      <TextField
        name="code"
        label={labels.code}
        hint={t('twoFactor.codeHint')}
        autoComplete="one-time-code"
        inputMode="numeric"
        errors={errorsFor('code')}
        required
        aria-required="true"
      />
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
}

export function StartEnrolmentButton() {
  const t = useTranslations('workspace');
  return (
    <ActionButton action={startTwoFactorAction} fields={{}} variant="primary">
      {t('twoFactor.start')}
    </ActionButton>
  );
}

export function ConfirmEnrolmentForm() {
  const t = useTranslations('workspace');
  return <CodeForm action={confirmTwoFactorAction} submit={t('twoFactor.confirm')} />;
}

export function RegenerateCodesForm() {
  const t = useTranslations('workspace');
  return <CodeForm action={regenerateRecoveryCodesAction} submit={t('twoFactor.regenerate')} />;
}

export function DisableTwoFactorForm() {
  const t = useTranslations('workspace');
  return <CodeForm action={disableTwoFactorAction} submit={t('twoFactor.disable')} withPassword />;
}
