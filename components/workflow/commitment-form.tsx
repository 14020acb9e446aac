'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextField, fieldId } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/result';
import { useRouter } from '@/lib/i18n/navigation';
import { TextAreaField } from './text-area-field';

type FormAction = (state: ActionResult<unknown> | null, payload: FormData) => Promise<ActionResult<unknown>>;

export type CommitmentFormValues = {
  id?: number;
  version?: number;
  countryId?: number;
  ref: string;
  title: string;
  description: string;
  madeAt: string;
  madeOn: string | null;
  sourceUrl: string | null;
  responsibleBody: string;
  targetDate: string | null;
  standardIds: number[];
  status?: string;
};

/**
 * Creating and editing a commitment. An edit carries the version it was loaded at; when someone else
 * saved first, the server refuses, each field they changed says so, and what this person typed stays
 * in the form. The page is then refreshed underneath, so the form holds the current version and a
 * second save applies the typed values on top of the other person's.
 */
export function CommitmentForm({
  action,
  initial,
  countries,
  standards,
  statuses,
}: {
  action: FormAction;
  initial: CommitmentFormValues;
  countries?: Array<{ id: number; name: string }>;
  standards: Array<{ id: number; code: string; title: string }>;
  statuses?: Array<{ value: string; label: string }>;
}) {
  const t = useTranslations('workflow.commitmentForm');
  const router = useRouter();
  const { formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  const conflict = failure?.code === 'conflict:commitment';
  useEffect(() => {
    if (conflict) router.refresh();
  }, [conflict, failure, router]);

  const editing = initial.id !== undefined;
  const chosen = failure?.values?.standardIds !== undefined ? valueOf('standardIds').split('\n').map(Number) : initial.standardIds;
  const labels: Record<string, string> = {
    countryId: t('country'),
    ref: t('ref'),
    title: t('title'),
    description: t('description'),
    madeAt: t('madeAt'),
    madeOn: t('madeOn'),
    sourceUrl: t('sourceUrl'),
    responsibleBody: t('responsibleBody'),
    targetDate: t('targetDate'),
    standardIds: t('standards'),
    status: t('status'),
  };
  const standardErrors = errorsFor('standardIds');

  return (
    <form key={formKey} action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      {conflict ? <p className="mb-6 rounded border-s-4 border-amber-700 bg-amber-50 p-4 text-amber-950">{t('conflictHelp')}</p> : null}
      {editing ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      ) : null}
      {!editing && countries ? (
        <SelectField
          name="countryId"
          label={labels.countryId}
          required
          placeholder={t('choose')}
          options={countries.map((country) => ({ value: String(country.id), label: country.name }))}
          defaultValue={valueOf('countryId', initial.countryId ? String(initial.countryId) : '')}
          errors={errorsFor('countryId')}
        />
      ) : null}
      <TextField
        name="ref"
        label={labels.ref}
        hint={editing ? t('refHintEdit') : t('refHint')}
        required={editing}
        defaultValue={valueOf('ref', initial.ref)}
        errors={errorsFor('ref')}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField name="title" label={labels.title} required defaultValue={valueOf('title', initial.title)} errors={errorsFor('title')} />
      <TextAreaField name="description" label={labels.description} defaultValue={valueOf('description', initial.description)} errors={errorsFor('description')} />
      <fieldset className="mb-5" aria-describedby={standardErrors ? `${fieldId('standardIds')}-error` : undefined}>
        <legend id={fieldId('standardIds')} tabIndex={-1} className="font-medium text-slate-900">
          {labels.standardIds} <span className="text-sm font-normal text-slate-700">({t('standardsHint')})</span>
        </legend>
        {standardErrors ? (
          <p id={`${fieldId('standardIds')}-error`} className="mt-1 text-sm font-medium text-red-800">
            {standardErrors.join(' ')}
          </p>
        ) : null}
        <ul className="mt-2 space-y-2">
          {standards.map((standard) => (
            <li key={standard.id} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`standard-${standard.id}`}
                name="standardIds"
                value={standard.id}
                defaultChecked={chosen.includes(standard.id)}
                aria-invalid={standardErrors ? true : undefined}
                className="mt-1 size-5"
              />
              <label htmlFor={`standard-${standard.id}`}>
                <span className="font-medium">{standard.code}</span> {standard.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextField name="madeAt" label={labels.madeAt} hint={t('madeAtHint')} defaultValue={valueOf('madeAt', initial.madeAt)} errors={errorsFor('madeAt')} />
      <TextField name="madeOn" type="date" label={labels.madeOn} defaultValue={valueOf('madeOn', initial.madeOn ?? '')} errors={errorsFor('madeOn')} />
      <TextField name="sourceUrl" type="url" label={labels.sourceUrl} hint={t('sourceUrlHint')} defaultValue={valueOf('sourceUrl', initial.sourceUrl ?? '')} errors={errorsFor('sourceUrl')} />
      <TextField name="responsibleBody" label={labels.responsibleBody} defaultValue={valueOf('responsibleBody', initial.responsibleBody)} errors={errorsFor('responsibleBody')} />
      <TextField name="targetDate" type="date" label={labels.targetDate} defaultValue={valueOf('targetDate', initial.targetDate ?? '')} errors={errorsFor('targetDate')} />
      {!editing && statuses ? (
        <SelectField
          name="status"
          label={labels.status}
          hint={t('statusHint')}
          options={statuses}
          defaultValue={valueOf('status', initial.status ?? 'no_information')}
          errors={errorsFor('status')}
        />
      ) : null}
      <SubmitButton>{conflict ? t('saveAgain') : editing ? t('save') : t('create')}</SubmitButton>
    </form>
  );
}
