'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField, RequiredLegend } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { useEditForm } from '@/components/ui/use-edit-form';
import type { FormAction } from '@/lib/actions/result';
import { LocaleTextFields, useLocaleTextLabels, type TextLanguage } from './locale-text-fields';
import { OtherLanguages } from './other-languages';

/** A framework's fields as the form holds them: texts per language (`name_fr`), the date as typed. */
export type FrameworkFormValues = { id?: number; version?: number; adoptedOn: string; sourceUrl: string } & Record<
  string,
  string | number | undefined
>;

/**
 * Creating a framework (with its code), or editing one's details at the version it was loaded at. A
 * stale save is refused, each field someone else changed says so, and what was typed stays.
 */
export function FrameworkForm({
  action,
  initial,
  languages,
}: {
  action: FormAction;
  initial: FrameworkFormValues;
  /** English first. */
  languages: readonly TextLanguage[];
}) {
  const t = useTranslations('workspace.frameworks');
  const { formAction, state, failure, summary, errorsFor, formKey, conflict, fieldValue } = useEditForm(
    action,
    initial,
    'conflict:framework',
  );
  const editing = initial.id !== undefined;
  const { labels: textLabels, fieldLabels } = useLocaleTextLabels('name', languages);
  const labels: Record<string, string> = {
    frameworkCode: t('fields.code'),
    adoptedOn: t('fields.adoptedOn'),
    sourceUrl: t('fields.sourceUrl'),
    ...fieldLabels,
  };
  const [english, ...others] = languages;
  const fields = { valueOf: fieldValue, errorsFor };

  return (
    <form key={`${formKey}:${initial.version ?? 0}`} action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      <RequiredLegend />
      {conflict ? <Notice tone="warning">{t('conflictHelp')}</Notice> : null}
      {state?.ok && editing ? <Notice tone="success">{t('detailsSaved')}</Notice> : null}
      {editing ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      ) : (
        <TextField
          name="frameworkCode"
          label={labels.frameworkCode}
          hint={t('fields.frameworkCodeHint')}
          required
          autoComplete="off"
          spellCheck={false}
          defaultValue={fieldValue('frameworkCode')}
          errors={errorsFor('frameworkCode')}
        />
      )}
      <LocaleTextFields heading="name" languages={[english!]} labels={textLabels} {...fields} />
      <OtherLanguages heading="name" languages={others} {...fields}>
        <LocaleTextFields heading="name" languages={others} labels={textLabels} {...fields} />
      </OtherLanguages>
      <TextField
        name="adoptedOn"
        label={labels.adoptedOn}
        hint={t('fields.adoptedOnHint')}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={fieldValue('adoptedOn')}
        errors={errorsFor('adoptedOn')}
      />
      <TextField
        name="sourceUrl"
        type="url"
        label={labels.sourceUrl}
        hint={t('fields.sourceUrlHint')}
        defaultValue={fieldValue('sourceUrl')}
        errors={errorsFor('sourceUrl')}
      />
      <SubmitButton>{conflict ? t('saveAgain') : editing ? t('saveDetails') : t('create')}</SubmitButton>
    </form>
  );
}
