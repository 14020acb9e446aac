import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { fieldId } from '@/components/ui/field';

/**
 * A labelled multi-line field, marked up like the shared fields in components/ui/field.tsx (error
 * next to the field, aria-invalid, aria-describedby), which have no text area.
 */
export function TextAreaField({
  name,
  label,
  errors,
  hint,
  id,
  rows = 5,
  ...textarea
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> & {
  name: string;
  label: ReactNode;
  errors?: string[];
  hint?: ReactNode;
  id?: string;
}) {
  const fid = id ?? fieldId(name);
  const invalid = Boolean(errors && errors.length > 0);
  const described =
    [hint ? `${fid}-hint` : null, invalid ? `${fid}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-5">
      <label htmlFor={fid} className="block font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${fid}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${fid}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors!.join(' ')}
        </p>
      ) : null}
      <textarea
        id={fid}
        name={name}
        rows={rows}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={described}
        className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700"
        {...textarea}
      />
    </div>
  );
}
