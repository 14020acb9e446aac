'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextField, RequiredLegend } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';

type RegionOption = { value: string; label: string };

/** Adds a state by its ISO 3166-1 code; the list gives its other code and its name. */
export function AddCountryForm({ action, regions }: { action: FormAction; regions: RegionOption[] }) {
  const t = useTranslations('workspace.countries');
  const { formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  const labels = { isoCode: t('code'), regionCode: t('region') };
  return (
    <form key={formKey} action={formAction} noValidate className="max-w-xl">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      <RequiredLegend />
      <TextField
        name="isoCode"
        label={labels.isoCode}
        hint={t('codeHint')}
        required
        autoComplete="off"
        spellCheck={false}
        maxLength={3}
        className="uppercase"
        defaultValue={valueOf('isoCode')}
        errors={errorsFor('isoCode')}
      />
      <SelectField
        name="regionCode"
        label={labels.regionCode}
        hint={t('regionHint')}
        required
        placeholder={t('chooseRegion')}
        options={regions}
        defaultValue={valueOf('regionCode')}
        errors={errorsFor('regionCode')}
      />
      <SubmitButton>{t('add')}</SubmitButton>
    </form>
  );
}

/** Changes a state's region; a stale version (someone saved first) is refused and names their choice. */
export function CountryRegionForm({
  action,
  id,
  version,
  regionCode,
  regions,
}: {
  action: FormAction<{ regionCode: string }>;
  id: number;
  version: number;
  regionCode: string;
  regions: RegionOption[];
}) {
  const t = useTranslations('workspace.countries');
  const { state, formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  const labels = { regionCode: t('region') };
  return (
    <form key={`${formKey}:${version}`} action={formAction} noValidate className="max-w-xl">
      {state?.ok ? <Notice tone="success">{t('regionSaved')}</Notice> : null}
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      <RequiredLegend />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="regionCode"
        label={labels.regionCode}
        hint={t('regionHint')}
        required
        options={regions}
        defaultValue={valueOf('regionCode', regionCode)}
        errors={errorsFor('regionCode')}
      />
      <SubmitButton>{t('saveRegion')}</SubmitButton>
    </form>
  );
}
