'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField, RequiredLegend } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';

export function CommentForm({ action, commitmentId }: { action: FormAction; commitmentId: number }) {
  const t = useTranslations('workflow.comments');
  const { state, formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action, {
    idempotent: true,
  });
  return (
    // A new key after a successful post empties the field for the next comment.
    <form
      key={state?.ok ? `posted-${JSON.stringify(state.data)}` : formKey}
      action={formAction}
      noValidate
      className="max-w-2xl"
    >
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={{ body: t('body') }} />
      <RequiredLegend />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <TextAreaField
        name="body"
        label={t('body')}
        rows={3}
        required
        defaultValue={valueOf('body')}
        errors={errorsFor('body')}
      />
      <SubmitButton variant="secondary">{t('post')}</SubmitButton>
    </form>
  );
}
