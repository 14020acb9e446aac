import { useTranslations } from 'next-intl';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/**
 * Labelled form fields. An error is shown next to the field, tied to it with aria-describedby, and
 * marks the field aria-invalid; a hint is tied the same way. A `required` field says so before anyone
 * submits: a * after its label (explained by the form's RequiredLegend) and `required` with
 * aria-required on the control. Usable from server and client components.
 */

export type FieldMessages = { errors?: string[]; hint?: ReactNode };

/** The visible mark of a required field; the control's `required` is what assistive technology reads. */
function RequiredMark() {
  return (
    <span aria-hidden="true" className="ms-1 font-bold text-red-800">
      *
    </span>
  );
}

/** "Fields marked * are required.", at the top of a form with required fields. */
export function RequiredLegend() {
  const t = useTranslations('forms');
  return (
    <p className="mb-4 text-sm text-slate-700">
      <RequiredMark /> {t('requiredLegend')}
    </p>
  );
}

function describedBy(id: string, { errors, hint }: FieldMessages): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors && errors.length > 0 ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function fieldId(name: string, prefix = 'field'): string {
  return `${prefix}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

const inputClass =
  'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

function FieldFrame({
  id,
  label,
  errors,
  hint,
  required,
  children,
}: { id: string; label: ReactNode; required?: boolean; children: ReactNode } & FieldMessages) {
  return (
    <div className="mb-5">
      {/* The mark sits beside the label, not in it: the label stays the field's name, word for word. */}
      <div className="flex items-baseline">
        <label htmlFor={id} className="font-medium text-slate-900">
          {label}
        </label>
        {required ? <RequiredMark /> : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {errors && errors.length > 0 ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors.join(' ')}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> &
  FieldMessages & { name: string; label: ReactNode; id?: string };

export function TextField({ name, label, errors, hint, id, type = 'text', className, ...input }: TextFieldProps) {
  const fid = id ?? fieldId(name);
  const invalid = errors && errors.length > 0;
  return (
    <FieldFrame id={fid} label={label} errors={errors} hint={hint} required={input.required}>
      <input
        id={fid}
        name={name}
        type={type}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(fid, { errors, hint })}
        aria-required={input.required ? true : undefined}
        className={`${inputClass} ${className ?? ''}`}
        {...input}
      />
    </FieldFrame>
  );
}

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> &
  FieldMessages & { name: string; label: ReactNode; id?: string; options: SelectOption[]; placeholder?: string };

export function SelectField({
  name,
  label,
  errors,
  hint,
  id,
  options,
  placeholder,
  className,
  ...select
}: SelectFieldProps) {
  const fid = id ?? fieldId(name);
  const invalid = errors && errors.length > 0;
  return (
    <FieldFrame id={fid} label={label} errors={errors} hint={hint} required={select.required}>
      <select
        id={fid}
        name={name}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(fid, { errors, hint })}
        aria-required={select.required ? true : undefined}
        className={`${inputClass} ${className ?? ''}`}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> &
  FieldMessages & { name: string; label: ReactNode; id?: string };

export function TextAreaField({ name, label, errors, hint, id, rows = 5, className, ...textarea }: TextAreaFieldProps) {
  const fid = id ?? fieldId(name);
  const invalid = errors && errors.length > 0;
  return (
    <FieldFrame id={fid} label={label} errors={errors} hint={hint} required={textarea.required}>
      <textarea
        id={fid}
        name={name}
        rows={rows}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(fid, { errors, hint })}
        aria-required={textarea.required ? true : undefined}
        className={`${inputClass} ${className ?? ''}`}
        {...textarea}
      />
    </FieldFrame>
  );
}
