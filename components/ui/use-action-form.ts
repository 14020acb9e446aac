'use client';

import { useActionState } from 'react';
import type { ActionResult, FormAction } from '@/lib/actions/result';
import type { SummaryError } from './error-summary';

/**
 * useActionState for actions built with lib/actions/define-action, plus what a form needs from the
 * result: each field's errors, the values to show again, and a key that changes when they do (React
 * resets a form after its action; remounting with the returned values as defaults keeps the input).
 */
export function useActionForm<D>(action: FormAction<D>) {
  const [state, formAction, pending] = useActionState<ActionResult<D> | null, FormData>(action, null);
  const failure = state && !state.ok ? state : null;
  const summary: SummaryError[] = failure?.fieldErrors
    ? Object.entries(failure.fieldErrors).flatMap(([field, messages]) =>
        messages.map((message) => ({ field, message })),
      )
    : [];
  return {
    state,
    formAction,
    pending,
    failure,
    summary,
    errorsFor: (name: string) => failure?.fieldErrors?.[name],
    valueOf: (name: string, fallback = '') => failure?.values?.[name] ?? fallback,
    formKey: failure ? `${failure.code}:${JSON.stringify(failure.values ?? {})}` : state?.ok ? 'done' : 'initial',
  };
}
