'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import {
  SelectField,
  TextAreaField,
  TextField,
  fieldId,
  type SelectOption,
  RequiredLegend,
} from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/actions/result';
import { useRouter } from '@/lib/i18n/navigation';

/**
 * The forms of a state's membership page: record an event, correct one, remove one. A page holds many
 * of them, so each has an id prefix for its fields (and its error summary's links). A date is entered
 * as its parts, as far as it is known; the type and the month are chosen from lists the page gives,
 * worded in the reader's language.
 */

export type MembershipEventFormValues = {
  type: string;
  year: string;
  month: string;
  day: string;
  decisionReference: string;
  decisionTitle: string;
  note: string;
  sourceUrl: string;
};

const EMPTY: MembershipEventFormValues = {
  type: '',
  year: '',
  month: '',
  day: '',
  decisionReference: '',
  decisionTitle: '',
  note: '',
  sourceUrl: '',
};

type Choices = { types: SelectOption[]; months: SelectOption[] };

function useLabels() {
  const t = useTranslations('workspace.membership.fields');
  return {
    type: t('type'),
    date: t('date'),
    year: t('year'),
    month: t('month'),
    day: t('day'),
    decisionReference: t('decisionReference'),
    decisionTitle: t('decisionTitle'),
    note: t('note'),
    sourceUrl: t('sourceUrl'),
    place: t('place'),
    reason: t('reason'),
  };
}

/** The date as its parts: a fieldset whose legend the summary links to, its own errors, then each part's. */
function DateParts({
  prefix,
  valueOf,
  errorsFor,
  months,
}: {
  prefix: string;
  valueOf: (name: keyof MembershipEventFormValues) => string;
  errorsFor: (name: string) => string[] | undefined;
  months: SelectOption[];
}) {
  const t = useTranslations('workspace.membership.fields');
  const labels = useLabels();
  const id = fieldId('date', prefix);
  const errors = errorsFor('date');
  const invalid = errors && errors.length > 0;
  return (
    <fieldset className="mb-5" aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}>
      <legend id={id} tabIndex={-1} className="font-medium text-slate-900">
        {labels.date}
      </legend>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
        {t('dateHint')}
      </p>
      {invalid ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors.join(' ')}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-x-4">
        <div className="w-24">
          <TextField
            id={fieldId('year', prefix)}
            name="year"
            label={labels.year}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            defaultValue={valueOf('year')}
            errors={errorsFor('year')}
          />
        </div>
        <div className="w-44">
          <SelectField
            id={fieldId('month', prefix)}
            name="month"
            label={labels.month}
            options={months}
            placeholder={t('monthNone')}
            defaultValue={valueOf('month')}
            errors={errorsFor('month')}
          />
        </div>
        <div className="w-20">
          <TextField
            id={fieldId('day', prefix)}
            name="day"
            label={labels.day}
            inputMode="numeric"
            maxLength={2}
            autoComplete="off"
            defaultValue={valueOf('day')}
            errors={errorsFor('day')}
          />
        </div>
      </div>
    </fieldset>
  );
}

/** Every field of an event but its place: what a new event and a correction both have. */
function EventFields({
  prefix,
  valueOf,
  errorsFor,
  choices,
}: {
  prefix: string;
  valueOf: (name: keyof MembershipEventFormValues) => string;
  errorsFor: (name: string) => string[] | undefined;
  choices: Choices;
}) {
  const t = useTranslations('workspace.membership.fields');
  const labels = useLabels();
  return (
    <>
      <SelectField
        id={fieldId('type', prefix)}
        name="type"
        label={labels.type}
        required
        options={choices.types}
        placeholder={t('typeChoose')}
        defaultValue={valueOf('type')}
        errors={errorsFor('type')}
      />
      <DateParts prefix={prefix} valueOf={valueOf} errorsFor={errorsFor} months={choices.months} />
      <TextField
        id={fieldId('decisionReference', prefix)}
        name="decisionReference"
        label={labels.decisionReference}
        hint={t('decisionReferenceHint')}
        autoComplete="off"
        spellCheck={false}
        defaultValue={valueOf('decisionReference')}
        errors={errorsFor('decisionReference')}
      />
      <TextField
        id={fieldId('decisionTitle', prefix)}
        name="decisionTitle"
        label={labels.decisionTitle}
        hint={t('decisionTitleHint')}
        defaultValue={valueOf('decisionTitle')}
        errors={errorsFor('decisionTitle')}
      />
      <TextAreaField
        id={fieldId('note', prefix)}
        name="note"
        label={labels.note}
        hint={t('noteHint')}
        rows={3}
        defaultValue={valueOf('note')}
        errors={errorsFor('note')}
      />
      <TextField
        id={fieldId('sourceUrl', prefix)}
        name="sourceUrl"
        type="url"
        inputMode="url"
        label={labels.sourceUrl}
        hint={t('sourceUrlHint')}
        autoComplete="off"
        spellCheck={false}
        defaultValue={valueOf('sourceUrl')}
        errors={errorsFor('sourceUrl')}
      />
    </>
  );
}

/** Records an event for `country`, where its date puts it unless a place is chosen. */
export function AddMembershipEventForm({
  action,
  country,
  choices,
  places,
}: {
  action: FormAction;
  country: string;
  choices: Choices;
  /** "By date", "first" and "after event n", in sequence order. */
  places: SelectOption[];
}) {
  const t = useTranslations('workspace.membership');
  const labels = useLabels();
  const prefix = 'add';
  const { formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} noValidate className="max-w-2xl" aria-labelledby="add-heading">
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} idPrefix={prefix} />
      <RequiredLegend />
      <input type="hidden" name="country" value={country} />
      <EventFields
        prefix={prefix}
        valueOf={(name) => valueOf(name, EMPTY[name])}
        errorsFor={errorsFor}
        choices={choices}
      />
      {places.length > 1 ? (
        <SelectField
          id={fieldId('place', prefix)}
          name="place"
          label={labels.place}
          hint={t('fields.placeHint')}
          options={places}
          defaultValue={valueOf('place', places[0]!.value)}
          errors={errorsFor('place')}
        />
      ) : null}
      <SubmitButton>{t('add')}</SubmitButton>
    </form>
  );
}

/**
 * Corrects an event in place. It carries the version it was loaded at; when someone else saved first,
 * the server refuses, names each field they changed, and keeps what this person typed. The page is then
 * refreshed underneath: fields this person did not touch take the other person's value, so that saving
 * again overwrites nothing by accident.
 */
export function CorrectMembershipEventForm({
  action,
  event,
  initial,
  choices,
}: {
  action: FormAction;
  event: { id: number; version: number };
  initial: MembershipEventFormValues;
  choices: Choices;
}) {
  const t = useTranslations('workspace.membership');
  const labels = useLabels();
  const router = useRouter();
  const prefix = `event-${event.id}`;
  const { formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  const conflict = failure?.code === 'conflict:membership';
  const [base] = useState(initial);
  useEffect(() => {
    if (conflict) router.refresh();
  }, [conflict, failure, router]);
  const fieldValue = (name: keyof MembershipEventFormValues): string => {
    if (!failure || failure.values?.[name] === undefined) return initial[name];
    const typed = valueOf(name);
    return conflict && typed === base[name] ? initial[name] : typed;
  };
  return (
    <form
      key={`${formKey}:${event.version}`}
      action={formAction}
      noValidate
      className="max-w-2xl"
      aria-labelledby={`${prefix}-heading`}
    >
      <h4 id={`${prefix}-heading`} className="mb-3 text-lg font-semibold">
        {t('correctHeading')}
      </h4>
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} idPrefix={prefix} />
      <RequiredLegend />
      {conflict ? (
        <p className="mb-6 rounded border-s-4 border-amber-700 bg-amber-50 p-4 text-amber-950">{t('conflictHelp')}</p>
      ) : null}
      <input type="hidden" name="id" value={event.id} />
      <input type="hidden" name="version" value={event.version} />
      <EventFields prefix={prefix} valueOf={fieldValue} errorsFor={errorsFor} choices={choices} />
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}

/** Removes an event recorded in error, with the reason the audit log keeps beside it. */
export function RemoveMembershipEventForm({
  action,
  event,
}: {
  action: FormAction;
  event: { id: number; version: number };
}) {
  const t = useTranslations('workspace.membership');
  const labels = useLabels();
  const router = useRouter();
  const prefix = `remove-${event.id}`;
  const { formAction, failure, summary, errorsFor, valueOf, formKey } = useActionForm(action);
  const conflict = failure?.code === 'conflict:membership';
  useEffect(() => {
    if (conflict) router.refresh();
  }, [conflict, failure, router]);
  return (
    <form
      key={`${formKey}:${event.version}`}
      action={formAction}
      noValidate
      className="max-w-2xl"
      aria-labelledby={`${prefix}-heading`}
    >
      <h4 id={`${prefix}-heading`} className="mb-3 text-lg font-semibold">
        {t('removeHeading')}
      </h4>
      <p className="mb-4 text-slate-700">{t('removeIntro')}</p>
      <ErrorSummary message={failure?.message} errors={summary} fieldLabels={labels} idPrefix={prefix} />
      <RequiredLegend />
      <input type="hidden" name="id" value={event.id} />
      <input type="hidden" name="version" value={event.version} />
      <TextAreaField
        id={fieldId('reason', prefix)}
        name="reason"
        label={labels.reason}
        hint={t('fields.reasonHint')}
        required
        rows={2}
        defaultValue={valueOf('reason')}
        errors={errorsFor('reason')}
      />
      <SubmitButton variant="danger">{t('remove')}</SubmitButton>
    </form>
  );
}
