'use client';

import { useTranslations } from 'next-intl';
import { TextAreaField, TextField, fieldId } from '@/components/ui/field';

/** One of the languages reference texts are kept in, named in the reader's language. */
export type TextLanguage = { locale: string; name: string; dir: 'ltr' | 'rtl' };

export type LocaleTextLabels = { heading: string; description: string; required: string; optional: string };

/**
 * A framework's name or a standard's title, and its description, in each of `languages`: a group per
 * language, named by its legend, whose fields carry that language's `lang` and `dir`, so that they are
 * typed, spelt and read aloud in it. English is required; the others are optional.
 */
export function LocaleTextFields({
  heading,
  languages,
  labels,
  valueOf,
  errorsFor,
  idPrefix,
}: {
  heading: 'name' | 'title';
  languages: readonly TextLanguage[];
  labels: LocaleTextLabels;
  valueOf: (field: string) => string;
  errorsFor: (field: string) => string[] | undefined;
  idPrefix?: string;
}) {
  return languages.map(({ locale, name, dir }) => {
    const required = locale === 'en';
    const headingField = `${heading}_${locale}`;
    const descriptionField = `description_${locale}`;
    return (
      <fieldset key={locale} className="mb-5 min-w-0 rounded border border-slate-300 p-4" data-locale={locale}>
        <legend className="px-1 font-semibold">
          {name}{' '}
          <span className="text-sm font-normal text-slate-700">({required ? labels.required : labels.optional})</span>
        </legend>
        <TextField
          id={fieldId(headingField, idPrefix)}
          name={headingField}
          label={labels.heading}
          required={required}
          lang={locale}
          dir={dir}
          defaultValue={valueOf(headingField)}
          errors={errorsFor(headingField)}
        />
        <TextAreaField
          id={fieldId(descriptionField, idPrefix)}
          name={descriptionField}
          label={labels.description}
          rows={3}
          lang={locale}
          dir={dir}
          defaultValue={valueOf(descriptionField)}
          errors={errorsFor(descriptionField)}
        />
      </fieldset>
    );
  });
}

/**
 * The labels of a form's text fields, and the names its error summary gives them, each language's
 * fields named with their language ("Title (French)").
 */
export function useLocaleTextLabels(heading: 'name' | 'title', languages: readonly TextLanguage[]) {
  const t = useTranslations('workspace.frameworks');
  const labels: LocaleTextLabels = {
    heading: heading === 'name' ? t('fields.name') : t('fields.title'),
    description: t('fields.description'),
    required: t('languages.required'),
    optional: t('languages.optional'),
  };
  const fieldLabels: Record<string, string> = Object.fromEntries(
    languages.flatMap(({ locale, name }) => [
      [`${heading}_${locale}`, t('inLanguage', { field: labels.heading, language: name })],
      [`description_${locale}`, t('inLanguage', { field: labels.description, language: name })],
    ]),
  );
  return { labels, fieldLabels };
}
