'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField, fieldId, RequiredLegend } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useEditForm } from '@/components/ui/use-edit-form';
import type { FormAction } from '@/lib/actions/result';

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
  language: string;
  standardIds: number[];
  status?: string;
};

/**
 * Creating and editing a commitment. An edit carries the version it was loaded at; when someone else
 * saved first, the server refuses, each field they changed says so, and what this person typed stays
 * in the form (useEditForm). A second save applies the typed values on top of the other person's.
 */
export function CommitmentForm({
  action,
  initial,
  countries,
  standards,
  languages,
  statuses,
}: {
  action: FormAction;
  initial: CommitmentFormValues;
  countries?: Array<{ id: number; name: string }>;
  /** The standards offered: those in use, and on an edit the retired ones the commitment keeps (marked so). */
  standards: Array<{
    id: number;
    code: string;
    title: string;
    titleMark?: { lang?: string; dir?: 'ltr' | 'rtl' };
    retired?: boolean;
  }>;
  /** The languages the texts may be written in, named in the reader's language (lib/i18n/content-language.ts). */
  languages: Array<{ value: string; label: string }>;
  statuses?: Array<{ value: string; label: string }>;
}) {
  const t = useTranslations('workflow.commitmentForm');
  const { formAction, failure, summary, errorsFor, formKey, conflict, fieldValue } = useEditForm(
    action,
    initial,
    'conflict:commitment',
  );

  const editing = initial.id !== undefined;
  const chosenText = fieldValue('standardIds');
  const chosen = chosenText === '' ? [] : chosenText.split('\n').map(Number);
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
    language: t('language'),
    standardIds: t('standards'),
    status: t('status'),
  };
  const standardErrors = errorsFor('standardIds');

  return (
    <form key={`${formKey}:${initial.version ?? 0}`} action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      <RequiredLegend />
      {conflict ? (
        <p className="mb-6 rounded border-s-4 border-amber-700 bg-amber-50 p-4 text-amber-950">{t('conflictHelp')}</p>
      ) : null}
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
          defaultValue={fieldValue('countryId')}
          errors={errorsFor('countryId')}
        />
      ) : null}
      <TextField
        name="ref"
        label={labels.ref}
        hint={editing ? t('refHintEdit') : t('refHint')}
        required={editing}
        defaultValue={fieldValue('ref')}
        errors={errorsFor('ref')}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        name="title"
        label={labels.title}
        required
        defaultValue={fieldValue('title')}
        errors={errorsFor('title')}
      />
      <TextAreaField
        name="description"
        label={labels.description}
        defaultValue={fieldValue('description')}
        errors={errorsFor('description')}
      />
      <SelectField
        name="language"
        label={labels.language}
        hint={t('languageHint')}
        options={languages}
        defaultValue={fieldValue('language') || 'en'}
        errors={errorsFor('language')}
      />
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
                <span className="font-medium">{standard.code}</span>{' '}
                <span lang={standard.titleMark?.lang} dir={standard.titleMark?.dir}>
                  {standard.title}
                </span>
                {standard.retired ? <span className="text-slate-700"> ({t('retired')})</span> : null}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextField
        name="madeAt"
        label={labels.madeAt}
        hint={t('madeAtHint')}
        defaultValue={fieldValue('madeAt')}
        errors={errorsFor('madeAt')}
      />
      <TextField
        name="madeOn"
        type="date"
        label={labels.madeOn}
        defaultValue={fieldValue('madeOn')}
        errors={errorsFor('madeOn')}
      />
      <TextField
        name="sourceUrl"
        type="url"
        label={labels.sourceUrl}
        hint={t('sourceUrlHint')}
        defaultValue={fieldValue('sourceUrl')}
        errors={errorsFor('sourceUrl')}
      />
      <TextField
        name="responsibleBody"
        label={labels.responsibleBody}
        defaultValue={fieldValue('responsibleBody')}
        errors={errorsFor('responsibleBody')}
      />
      <TextField
        name="targetDate"
        type="date"
        label={labels.targetDate}
        defaultValue={fieldValue('targetDate')}
        errors={errorsFor('targetDate')}
      />
      {!editing && statuses ? (
        <SelectField
          name="status"
          label={labels.status}
          hint={t('statusHint')}
          options={statuses}
          defaultValue={fieldValue('status') || 'no_information'}
          errors={errorsFor('status')}
        />
      ) : null}
      <SubmitButton>{conflict ? t('saveAgain') : editing ? t('save') : t('create')}</SubmitButton>
    </form>
  );
}
