'use client';

import { startTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';

export const BULK_FORM_ID = 'bulk-publication';

/**
 * Publish or archive the draft commitments ticked in the list. The checkboxes sit in the table's rows
 * and belong to this form by its id (`form="bulk-publication"`). Once JavaScript runs the form is sent
 * without React's reset, so that after a refusal the same boxes stay ticked; without it, it still works
 * as a plain server-action form. With no draft left on the page (`selectable` false) only the outcome
 * of the last call stays, so that it can still say what it did.
 */
export function BulkPublicationForm({
  action,
  selectable,
}: {
  action: FormAction<{ action: 'publish' | 'archive'; refs: string[] }>;
  selectable: boolean;
}) {
  const t = useTranslations('workflow.commitments.bulk');
  const { state, formAction, failure, pending } = useActionForm(action);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  };
  const done = state?.ok ? state.data : null;
  const outcome = (
    <div aria-live="polite">
      {failure ? (
        <p role="alert" className="font-medium text-red-800">
          {[failure.message, ...Object.values(failure.fieldErrors ?? {}).flat()].filter(Boolean).join(' ')}
        </p>
      ) : null}
      {done ? (
        <p className="font-medium text-green-900">
          {t(done.action === 'publish' ? 'published' : 'archived', {
            count: done.refs.length,
            refs: done.refs.join(', '),
          })}
        </p>
      ) : null}
    </div>
  );
  if (!selectable) return outcome;
  return (
    <form
      id={BULK_FORM_ID}
      action={formAction}
      onSubmit={onSubmit}
      aria-labelledby="bulk-heading"
      className="space-y-3 rounded border border-slate-300 p-4"
    >
      <h2 id="bulk-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm text-slate-700">{t('hint')}</p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="action" value="publish" pending={pending}>
          {t('publish')}
        </SubmitButton>
        <SubmitButton name="action" value="archive" variant="secondary" pending={pending}>
          {t('archive')}
        </SubmitButton>
      </div>
      {outcome}
    </form>
  );
}
