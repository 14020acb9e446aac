'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField, fieldId, RequiredLegend } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { useEditForm } from '@/components/ui/use-edit-form';
import type { FormAction } from '@/lib/actions/result';
import { LocaleTextFields, useLocaleTextLabels, type TextLanguage } from './locale-text-fields';
import { OtherLanguages } from './other-languages';

/** A standard's texts as the form holds them, one field per language (`title_fr`, `description_fr`). */
export type StandardFormValues = { id?: number; version?: number } & Record<string, string | number | undefined>;

// The framework's page holds its details form too, whose description fields have the same names.
const ID_PREFIX = 'standard';

/**
 * Adding a standard to a framework (`frameworkId`: with its code, English required, the other
 * languages folded away), or editing one's texts in every language at the version it was loaded at.
 */
export function StandardForm({
  action,
  initial,
  languages,
  frameworkId,
}: {
  action: FormAction<{ code?: string }>;
  initial: StandardFormValues;
  /** English first. */
  languages: readonly TextLanguage[];
  frameworkId?: number;
}) {
  const t = useTranslations('workspace.frameworks');
  const { formAction, state, failure, summary, errorsFor, formKey, conflict, fieldValue } = useEditForm(
    action,
    initial,
    'conflict:standard',
  );
  const adding = frameworkId !== undefined;
  const { labels: textLabels, fieldLabels } = useLocaleTextLabels('title', languages);
  const labels: Record<string, string> = { standardCode: t('fields.code'), ...fieldLabels };
  const [english, ...others] = languages;
  const fields = { valueOf: fieldValue, errorsFor, idPrefix: ID_PREFIX };

  return (
    <form key={`${formKey}:${initial.version ?? 0}`} action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} idPrefix={ID_PREFIX} />
      <RequiredLegend />
      {conflict ? <Notice tone="warning">{t('conflictHelp')}</Notice> : null}
      {state?.ok ? (
        <Notice tone="success">{adding ? t('added', { code: state.data.code ?? '' }) : t('textsSaved')}</Notice>
      ) : null}
      {adding ? (
        <>
          <input type="hidden" name="frameworkId" value={frameworkId} />
          <TextField
            id={fieldId('standardCode', ID_PREFIX)}
            name="standardCode"
            label={labels.standardCode}
            hint={t('fields.standardCodeHint')}
            required
            autoComplete="off"
            spellCheck={false}
            defaultValue={fieldValue('standardCode')}
            errors={errorsFor('standardCode')}
          />
          <LocaleTextFields heading="title" languages={[english!]} labels={textLabels} {...fields} />
          <OtherLanguages heading="title" languages={others} {...fields}>
            <LocaleTextFields heading="title" languages={others} labels={textLabels} {...fields} />
          </OtherLanguages>
        </>
      ) : (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
          <LocaleTextFields heading="title" languages={languages} labels={textLabels} {...fields} />
        </>
      )}
      <SubmitButton>{conflict ? t('saveAgain') : adding ? t('add') : t('saveTexts')}</SubmitButton>
    </form>
  );
}
