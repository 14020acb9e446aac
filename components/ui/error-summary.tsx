'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { fieldId } from './field';

export type SummaryError = { field: string; message: string };

/**
 * The list of problems at the top of a form, after a refused submission. It is an aria-live region
 * that exists before any error does (so that screen readers announce what appears in it), and takes
 * focus when new errors arrive; each entry links to its field. A page with several forms gives each an
 * `idPrefix`, used for its fields' ids too (`fieldId(name, idPrefix)`), so that the links find them.
 */
export function ErrorSummary({
  message,
  errors,
  fieldLabels = {},
  idPrefix,
}: {
  message?: string;
  errors: SummaryError[];
  fieldLabels?: Record<string, string>;
  /** The fields' id prefix (`fieldId`), when two forms on one page have fields of the same name. */
  idPrefix?: string;
}) {
  const t = useTranslations('forms');
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = Boolean(message) || errors.length > 0;
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown, message, errors]);

  return (
    <div aria-live="assertive" aria-atomic="true">
      {shown ? (
        // data-form-refused: what the form shows was not saved (the language switcher asks before leaving).
        <div data-form-refused="" className="mb-6 rounded border-2 border-red-800 bg-red-50 p-4 text-red-950">
          <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold">
            {errors.length > 0 ? t('summary.title', { count: errors.length }) : message}
          </h2>
          {errors.length > 0 && message ? <p className="mt-1">{message}</p> : null}
          {errors.length > 0 ? (
            <ul className="mt-2 list-disc ps-5">
              {errors.map((error, index) => (
                <li key={`${error.field}-${index}`}>
                  {error.field === '_form' ? (
                    error.message
                  ) : (
                    <a href={`#${fieldId(error.field, idPrefix)}`} className="text-red-900 underline">
                      {fieldLabels[error.field] ? `${fieldLabels[error.field]}: ` : ''}
                      {error.message}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
