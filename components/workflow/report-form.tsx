'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField, fieldId, RequiredLegend } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';

type Link = { label: string; url: string };

const ADD_LINK_ID = 'evidence-add-link';

function parseLinks(text: string | undefined): Link[] | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value)
      ? value.map((item) => ({ label: String(item?.label ?? ''), url: String(item?.url ?? '') }))
      : null;
  } catch {
    return null;
  }
}

/**
 * A focal point's progress report: claimed status, narrative, evidence links with labels, date. Saved
 * as a draft or submitted; the links travel as one JSON field, checked on the server (http and https only).
 */
export function ReportForm({
  action,
  commitmentId,
  report,
  statuses,
  today,
}: {
  action: FormAction;
  commitmentId: number;
  report: {
    id: number;
    version: number;
    claimedStatus: string;
    narrative: string;
    evidence: Link[];
    reportedOn: string;
  } | null;
  statuses: Array<{ value: string; label: string }>;
  today: string;
}) {
  const { formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action, { idempotent: true });
  const start =
    parseLinks(failure?.values?.evidence) ??
    (report && report.evidence.length > 0 ? report.evidence : [{ label: '', url: '' }]);
  // Remounted after each refusal, so the fields start from what was sent.
  return (
    <ReportFormBody
      key={formKey}
      {...{ formAction, failure, summary, errorsFor, valueOf, commitmentId, report, statuses, today, start }}
    />
  );
}

function ReportFormBody({
  formAction,
  failure,
  summary,
  errorsFor,
  valueOf,
  commitmentId,
  report,
  statuses,
  today,
  start,
}: {
  formAction: (payload: FormData) => void;
  failure: { message: string } | null;
  summary: Array<{ field: string; message: string }>;
  errorsFor: (name: string) => string[] | undefined;
  valueOf: (name: string, fallback?: string) => string;
  commitmentId: number;
  report: {
    id: number;
    version: number;
    claimedStatus: string;
    narrative: string;
    evidence: Link[];
    reportedOn: string;
  } | null;
  statuses: Array<{ value: string; label: string }>;
  today: string;
  start: Link[];
}) {
  const t = useTranslations('workflow.reportForm');
  const [links, setLinks] = useState<Link[]>(start);
  // Where focus goes once the list is drawn again: the new link's first field after "Add", and after
  // "Remove" the next link's first field, or the Add button when it was the last.
  const focusAfterChange = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfterChange.current === null) return;
    document.getElementById(focusAfterChange.current)?.focus();
    focusAfterChange.current = null;
  }, [links]);
  const addLink = () => {
    focusAfterChange.current = fieldId(`evidence.${links.length}.label`);
    setLinks((current) => [...current, { label: '', url: '' }]);
  };
  const removeLink = (index: number) => {
    focusAfterChange.current = index + 1 < links.length ? fieldId(`evidence.${index}.label`) : ADD_LINK_ID;
    setLinks((current) => current.filter((_, i) => i !== index));
  };
  const update = (index: number, change: Partial<Link>) =>
    setLinks((current) => current.map((link, i) => (i === index ? { ...link, ...change } : link)));
  const labels: Record<string, string> = {
    claimedStatus: t('claimedStatus'),
    narrative: t('narrative'),
    reportedOn: t('reportedOn'),
    evidence: t('evidence'),
  };
  links.forEach((_, index) => {
    labels[`evidence.${index}.label`] = t('linkLabelNumbered', { number: index + 1 });
    labels[`evidence.${index}.url`] = t('linkUrlNumbered', { number: index + 1 });
  });

  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} />
      <RequiredLegend />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      {report ? (
        <>
          <input type="hidden" name="reportId" value={report.id} />
          <input type="hidden" name="version" value={report.version} />
        </>
      ) : null}
      <input type="hidden" name="evidence" value={JSON.stringify(links)} />
      <SelectField
        name="claimedStatus"
        label={labels.claimedStatus}
        hint={t('claimedStatusHint')}
        required
        options={statuses}
        defaultValue={valueOf('claimedStatus', report?.claimedStatus ?? '')}
        placeholder={t('choose')}
        errors={errorsFor('claimedStatus')}
      />
      <TextAreaField
        name="narrative"
        label={labels.narrative}
        hint={t('narrativeHint')}
        rows={8}
        defaultValue={valueOf('narrative', report?.narrative ?? '')}
        errors={errorsFor('narrative')}
      />
      <TextField
        name="reportedOn"
        type="date"
        label={labels.reportedOn}
        required
        defaultValue={valueOf('reportedOn', report?.reportedOn ?? today)}
        errors={errorsFor('reportedOn')}
      />
      <fieldset className="mb-6">
        <legend id={fieldId('evidence')} tabIndex={-1} className="font-medium text-slate-900">
          {labels.evidence}
        </legend>
        <p className="mt-1 text-sm text-slate-700">{t('evidenceHint')}</p>
        {errorsFor('evidence') ? (
          <p className="mt-1 text-sm font-medium text-red-800">{errorsFor('evidence')!.join(' ')}</p>
        ) : null}
        <ol className="mt-3 space-y-4">
          {links.map((link, index) => (
            <li key={index} className="rounded border border-slate-300 p-3">
              <TextField
                name={`evidence-label-${index}`}
                id={fieldId(`evidence.${index}.label`)}
                label={labels[`evidence.${index}.label`]}
                value={link.label}
                onChange={(event) => update(index, { label: event.target.value })}
                errors={errorsFor(`evidence.${index}.label`)}
                form="no-form"
              />
              <TextField
                name={`evidence-url-${index}`}
                id={fieldId(`evidence.${index}.url`)}
                type="url"
                label={labels[`evidence.${index}.url`]}
                value={link.url}
                onChange={(event) => update(index, { url: event.target.value })}
                errors={errorsFor(`evidence.${index}.url`)}
                form="no-form"
              />
              <button
                type="button"
                onClick={() => removeLink(index)}
                className="text-sm text-red-800 underline underline-offset-2"
              >
                {t('removeLink', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          id={ADD_LINK_ID}
          onClick={addLink}
          className="mt-3 text-brand-700 underline underline-offset-2"
        >
          {t('addLink')}
        </button>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="draft" variant="secondary">
          {t('saveDraft')}
        </SubmitButton>
        <SubmitButton name="intent" value="submit">
          {report ? t('submitRevised') : t('submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
