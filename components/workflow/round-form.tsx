'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField, RequiredLegend } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';

export function RoundForm({ action }: { action: FormAction }) {
  const t = useTranslations('workflow.rounds');
  const { formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  const labels = { title: t('fieldTitle'), opensOn: t('opensOn'), deadline: t('deadline') };
  return (
    <form key={formKey} action={formAction} noValidate className="max-w-xl">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      <RequiredLegend />
      <TextField
        name="title"
        label={labels.title}
        hint={t('titleHint')}
        required
        defaultValue={valueOf('title')}
        errors={errorsFor('title')}
      />
      <TextField
        name="opensOn"
        type="date"
        label={labels.opensOn}
        required
        defaultValue={valueOf('opensOn')}
        errors={errorsFor('opensOn')}
      />
      <TextField
        name="deadline"
        type="date"
        label={labels.deadline}
        required
        defaultValue={valueOf('deadline')}
        errors={errorsFor('deadline')}
      />
      <SubmitButton>{t('create')}</SubmitButton>
    </form>
  );
}
