'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, RequiredLegend } from '@/components/ui/field';
import { ConfirmSubmit } from '@/components/ui/confirm-submit';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';

/**
 * Verify with the secretariat's own assessment, which may differ from the claim. It starts unchosen
 * and must be chosen, so that a verification never copies the claim by default.
 */
export function VerifyForm({
  action,
  report,
  statuses,
}: {
  action: FormAction;
  report: { id: number; version: number };
  statuses: Array<{ value: string; label: string }>;
}) {
  const t = useTranslations('workflow.review');
  const { formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} noValidate aria-labelledby="verify-heading">
      <h2 id="verify-heading" className="mb-3 text-xl font-semibold">
        {t('verifyHeading')}
      </h2>
      <ErrorSummary
        message={failure?.message}
        errors={summary}
        fieldLabels={{ assessedStatus: t('assessedStatus'), publicNote: t('publicNote') }}
      />
      <input type="hidden" name="id" value={report.id} />
      <input type="hidden" name="version" value={report.version} />
      <SelectField
        name="assessedStatus"
        label={t('assessedStatus')}
        hint={t('assessedStatusHint')}
        options={statuses}
        placeholder={t('assessedStatusChoose')}
        required
        defaultValue={valueOf('assessedStatus')}
        errors={errorsFor('assessedStatus')}
      />
      <TextAreaField
        name="publicNote"
        label={t('publicNote')}
        hint={t('publicNoteHint')}
        defaultValue={valueOf('publicNote')}
        errors={errorsFor('publicNote')}
      />
      <SubmitButton>{t('verify')}</SubmitButton>
    </form>
  );
}

/** Return to the state with a reason, which the focal point sees beside their report. */
export function ReturnForm({ action, report }: { action: FormAction; report: { id: number; version: number } }) {
  const t = useTranslations('workflow.review');
  const { formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} noValidate aria-labelledby="return-heading">
      <h2 id="return-heading" className="mb-3 text-xl font-semibold">
        {t('returnHeading')}
      </h2>
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={{ reason: t('reason') }} />
      <RequiredLegend />
      <input type="hidden" name="id" value={report.id} />
      <input type="hidden" name="version" value={report.version} />
      <TextAreaField
        name="reason"
        label={t('reason')}
        hint={t('reasonHint')}
        required
        defaultValue={valueOf('reason')}
        errors={errorsFor('reason')}
      />
      <ConfirmSubmit variant="secondary" question={t('returnConfirm')} confirmLabel={t('returnYes')}>
        {t('return')}
      </ConfirmSubmit>
    </form>
  );
}
