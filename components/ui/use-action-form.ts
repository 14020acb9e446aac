'use client';

import { useActionState, useCallback, useEffect, useRef } from 'react';
import { IDEMPOTENCY_FIELD, type ActionResult, type FormAction } from '@/lib/actions/result';
import type { SummaryError } from './error-summary';

/** 128 random bits, from getRandomValues: randomUUID exists only on https and localhost. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * useActionState for actions built with lib/actions/define-action, plus what a form needs from the
 * result: each field's errors, the values to show again, and a key that changes when they do (React
 * resets a form after its action; remounting with the returned values as defaults keeps the input).
 *
 * A form without `idempotent` posts without JavaScript too (React renders the server action as the form's
 * target). `idempotent` (for actions defined with `idempotent`): every submission carries a key, the same one
 * until a submission succeeds, so a form sent twice (a double click, a retry after a lost answer, a
 * replayed request) is done once. A success starts a new key for the next one.
 */
export function useActionForm<D>(action: FormAction<D>, { idempotent = false }: { idempotent?: boolean } = {}) {
  const [state, dispatch, pending] = useActionState<ActionResult<D> | null, FormData>(action, null);
  const key = useRef<string | null>(null);
  useEffect(() => {
    if (state?.ok) key.current = null;
  }, [state]);
  const withKey = useCallback(
    (payload: FormData) => {
      payload.set(IDEMPOTENCY_FIELD, (key.current ??= newKey()));
      dispatch(payload);
    },
    [dispatch],
  );
  // Without a key to add, the form takes the action's own dispatch, which React renders as a plain
  // POST to the server action: the form works before the page's script runs, or without it.
  const formAction = idempotent ? withKey : dispatch;
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
