'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField, RequiredLegend } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations('auth');
  const { state, formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  if (state?.ok) {
    return (
      <Notice tone="success">
        <p>{t('forgot.sent')}</p>
      </Notice>
    );
  }
  return (
    <form action={formAction} noValidate key={formKey} className="max-w-md">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={{ email: t('login.email') }} />
      <RequiredLegend />
      <TextField
        name="email"
        type="email"
        label={t('login.email')}
        autoComplete="username"
        defaultValue={valueOf('email')}
        errors={errorsFor('email')}
        required
        aria-required="true"
      />
      <SubmitButton>{t('forgot.submit')}</SubmitButton>
    </form>
  );
}
