'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldId, SelectField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';
import { locales } from '@/lib/i18n/routing';
import type { NoticeKind } from '@/lib/notifications/kinds';

/**
 * My account: the person's language (their mail and workspace) and, for each notice their role receives,
 * whether it also comes by mail. What was chosen stays chosen after a refusal.
 */
export function NoticePreferencesForm({
  action,
  locale,
  offered,
  muted,
  saved,
}: {
  action: FormAction;
  locale: string;
  offered: readonly NoticeKind[];
  muted: readonly string[];
  /** The page was reopened in the new language after a save. */
  saved: boolean;
}) {
  const t = useTranslations('notices.preferences');
  const tc = useTranslations('common.language');
  const { state, formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  const labels = { locale: t('language'), mail: t('mailLegend') };
  const sent = failure?.values?.mail;
  const ticked = (kind: NoticeKind) => (failure ? (sent ?? '').split('\n').includes(kind) : !muted.includes(kind));
  const mailErrors = errorsFor('mail');
  return (
    <form action={formAction} noValidate key={formKey} className="max-w-xl">
      {state?.ok || (saved && !failure) ? <Notice tone="success">{t('saved')}</Notice> : null}
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      <SelectField
        name="locale"
        label={labels.locale}
        defaultValue={valueOf('locale', locale)}
        errors={errorsFor('locale')}
        options={locales.map((value) => ({ value, label: tc(`names.${value}`) }))}
      />
      {offered.length > 0 ? (
        <fieldset
          className="mb-5"
          aria-describedby={`${fieldId('mail')}-hint${mailErrors ? ` ${fieldId('mail')}-error` : ''}`}
        >
          <legend id={fieldId('mail')} tabIndex={-1} className="font-medium text-slate-900">
            {labels.mail}
          </legend>
          <p id={`${fieldId('mail')}-hint`} className="mt-1 text-sm text-slate-700">
            {t('mailHint')}
          </p>
          {mailErrors ? (
            <p id={`${fieldId('mail')}-error`} className="mt-1 text-sm font-medium text-red-800">
              {mailErrors.join(' ')}
            </p>
          ) : null}
          <ul className="mt-2 space-y-2">
            {offered.map((kind) => (
              <li key={kind} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  id={`mail-${kind}`}
                  name="mail"
                  value={kind}
                  defaultChecked={ticked(kind)}
                  className="mt-1 size-5"
                />
                <label htmlFor={`mail-${kind}`}>{t(`kinds.${kind}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
