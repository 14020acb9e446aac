'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextField, RequiredLegend } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';
import { Link } from '@/lib/i18n/navigation';
import { locales } from '@/lib/i18n/routing';

export type CountryOption = { id: number; name: string };

export function InviteForm({
  action,
  countries,
  locale,
}: {
  action: FormAction<{ mailed: boolean; link: string; withdrew: number }>;
  countries: CountryOption[];
  /** The language chosen unless the admin picks another: the one they are using. */
  locale: string;
}) {
  const t = useTranslations('workspace');
  const tn = useTranslations('notices.invite');
  const tl = useTranslations('common.language');
  const { state, formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);

  if (state?.ok) {
    return (
      <div>
        <Notice tone="success">
          <p className="font-medium">{t('invite.created')}</p>
          <p className="mt-2">{state.data.mailed ? t('invite.mailed') : t('invite.notMailed')}</p>
          {state.data.withdrew > 0 ? <p className="mt-2">{t('invite.withdrewEarlier')}</p> : null}
        </Notice>
        <label htmlFor="invitation-link" className="block font-medium">
          {t('invite.link')}
        </label>
        <input
          id="invitation-link"
          readOnly
          value={state.data.link}
          className="mt-1 mb-2 block w-full rounded border border-slate-500 px-3 py-2 font-mono text-sm"
        />
        <p className="mb-6 text-sm text-slate-700">{t('invite.linkHelp')}</p>
        <p className="flex gap-6">
          <button
            type="button"
            className="text-brand-700 underline underline-offset-4"
            onClick={() => window.location.reload()}
          >
            {t('invite.another')}
          </button>
          <Link href="/workspace/users" className="text-brand-700 underline underline-offset-4">
            {t('invite.backToUsers')}
          </Link>
        </p>
      </div>
    );
  }

  const labels = {
    email: t('invite.email'),
    role: t('invite.role'),
    countryId: t('invite.country'),
    locale: tn('language'),
  };
  return (
    <form action={formAction} noValidate key={formKey} className="max-w-xl">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      <RequiredLegend />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="off"
        defaultValue={valueOf('email')}
        errors={errorsFor('email')}
        required
        aria-required="true"
      />
      <SelectField
        name="role"
        label={labels.role}
        hint={t('invite.roleHint')}
        defaultValue={valueOf('role', 'focal_point')}
        errors={errorsFor('role')}
        options={(['focal_point', 'secretariat', 'admin'] as const).map((role) => ({
          value: role,
          label: t(`roles.${role}`),
        }))}
      />
      <SelectField
        name="countryId"
        label={labels.countryId}
        hint={t('invite.countryHint')}
        defaultValue={valueOf('countryId')}
        errors={errorsFor('countryId')}
        placeholder={t('invite.noCountry')}
        options={countries.map((country) => ({ value: String(country.id), label: country.name }))}
      />
      <SelectField
        name="locale"
        label={labels.locale}
        hint={tn('languageHint')}
        defaultValue={valueOf('locale', locale)}
        errors={errorsFor('locale')}
        options={locales.map((value) => ({ value, label: tl(`names.${value}`) }))}
      />
      <SubmitButton>{t('invite.submit')}</SubmitButton>
    </form>
  );
}
