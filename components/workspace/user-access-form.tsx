'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { Role } from '@/db/schema';
import type { FormAction } from '@/lib/actions/result';
import type { CountryOption } from './invite-form';

export function UserAccessForm({
  action,
  userId,
  role,
  countryId,
  countries,
}: {
  action: FormAction<{ changed: boolean }>;
  userId: string;
  role: Role;
  countryId: number | null;
  countries: CountryOption[];
}) {
  const t = useTranslations('workspace');
  const { state, formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  const labels = { role: t('invite.role'), countryId: t('invite.country') };
  return (
    <form action={formAction} noValidate key={formKey} className="max-w-xl">
      {state?.ok ? (
        <Notice tone="success">{state.data.changed ? t('user.accessChanged') : t('user.accessUnchanged')}</Notice>
      ) : null}
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      <input type="hidden" name="userId" value={userId} />
      <SelectField
        name="role"
        label={labels.role}
        defaultValue={valueOf('role', role)}
        errors={errorsFor('role')}
        options={(['focal_point', 'secretariat', 'admin'] as const).map((value) => ({
          value,
          label: t(`roles.${value}`),
        }))}
      />
      <SelectField
        name="countryId"
        label={labels.countryId}
        hint={t('invite.countryHint')}
        defaultValue={valueOf('countryId', countryId === null ? '' : String(countryId))}
        errors={errorsFor('countryId')}
        placeholder={t('invite.noCountry')}
        options={countries.map((country) => ({ value: String(country.id), label: country.name }))}
      />
      <p className="mb-4 text-sm text-slate-700">{t('user.accessHelp')}</p>
      <SubmitButton>{t('user.saveAccess')}</SubmitButton>
    </form>
  );
}
