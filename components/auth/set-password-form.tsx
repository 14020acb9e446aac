'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField, RequiredLegend } from '@/components/ui/field';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy-limits';

/** Accepting an invitation (name and password) or resetting a password (password only). */
export function SetPasswordForm({
  action,
  token,
  email,
  purpose,
}: {
  action: FormAction;
  token: string;
  email: string;
  purpose: 'invite' | 'reset';
}) {
  const t = useTranslations('auth');
  const { formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  return (
    <form action={formAction} noValidate key={formKey} className="max-w-md">
      <ErrorSummary
        message={failure?.message}
        errors={summary}
        fieldLabels={{ name: t('accept.name'), password: t('accept.password') }}
      />
      <RequiredLegend />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      {purpose === 'invite' ? (
        <TextField
          name="name"
          label={t('accept.name')}
          hint={t('accept.nameHint')}
          autoComplete="name"
          defaultValue={valueOf('name')}
          errors={errorsFor('name')}
          required
          aria-required="true"
        />
      ) : null}
      <PasswordField
        name="password"
        label={t('accept.password')}
        hint={t('accept.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        errors={errorsFor('password')}
        required
        aria-required="true"
      />
      <SubmitButton>{purpose === 'invite' ? t('accept.submit') : t('reset.submit')}</SubmitButton>
    </form>
  );
}
