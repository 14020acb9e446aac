'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { ActionButton } from '@/components/ui/action-button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField, RequiredLegend } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations('workspace');
  const locale = useLocale() as Locale;
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const text = `${t('twoFactor.codesTitle')}\r\n\r\n${codes.join('\r\n')}\r\n`;
  const buttonClass =
    'inline-flex min-h-11 items-center rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 no-underline hover:bg-brand-50';
  return (
    <div className="rounded border-2 border-green-800 bg-green-50 p-4" role="status">
      <h2 className="text-xl font-semibold">{t('twoFactor.codesTitle')}</h2>
      <p className="mt-2">{t('twoFactor.codesHelp')}</p>
      <ul className="mt-3 grid max-w-md grid-cols-2 gap-2 font-mono text-lg" aria-label={t('twoFactor.codesTitle')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(codes.join('\n'));
              setCopy('copied');
            } catch {
              // No clipboard (an insecure page, a refused permission): the codes are on screen and in the file.
              setCopy('failed');
            }
          }}
        >
          {t('twoFactor.copyCodes')}
        </button>
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download={t('twoFactor.codesFileName')}
          className={buttonClass}
        >
          {t('twoFactor.downloadCodes')}
        </a>
        <p aria-live="polite" className="font-medium">
          {copy === 'copied' ? t('twoFactor.codesCopied') : copy === 'failed' ? t('twoFactor.codesNotCopied') : ''}
        </p>
      </div>
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
  /** Confirms enrolment or regenerates codes (both answer with new recovery codes), or turns two-factor off. */
  action: FormAction;
  submit: string;
  withPassword?: boolean;
}) {
  const t = useTranslations('workspace');
  const { state, formAction, failure, summary, errorsFor, formKey } = useActionForm(action);
  if (state?.ok && 'recoveryCodes' in (state.data as object))
    return <RecoveryCodes codes={(state.data as { recoveryCodes: string[] }).recoveryCodes} />;
  if (state?.ok) return <Notice tone="success">{t('twoFactor.disabled')}</Notice>;
  const labels = { code: t('twoFactor.code'), currentPassword: t('account.currentPassword') };
  return (
    <form action={formAction} noValidate key={formKey} className="max-w-md">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      <RequiredLegend />
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

export function StartEnrolmentButton({ action }: { action: FormAction }) {
  const t = useTranslations('workspace');
  return (
    <ActionButton action={action} fields={{}} variant="primary">
      {t('twoFactor.start')}
    </ActionButton>
  );
}

export function ConfirmEnrolmentForm({ action }: { action: FormAction }) {
  const t = useTranslations('workspace');
  return <CodeForm action={action} submit={t('twoFactor.confirm')} />;
}

export function RegenerateCodesForm({ action }: { action: FormAction }) {
  const t = useTranslations('workspace');
  return <CodeForm action={action} submit={t('twoFactor.regenerate')} />;
}

export function DisableTwoFactorForm({ action }: { action: FormAction }) {
  const t = useTranslations('workspace');
  return <CodeForm action={action} submit={t('twoFactor.disable')} withPassword />;
}
