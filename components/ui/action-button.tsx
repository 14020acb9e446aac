'use client';

import { useEffect, type ReactNode } from 'react';
import type { FormAction } from '@/lib/actions/result';
import { useRouter } from '@/lib/i18n/navigation';
import { ConfirmSubmit } from './confirm-submit';
import { SubmitButton } from './submit-button';
import { useActionForm } from './use-action-form';

/**
 * A one-button form for an action that takes only identifiers (revoke, deactivate, send a link). The
 * outcome is announced next to the button; `renderSuccess` can show what the action returned. With
 * `refreshOnFailure`, a refusal also reloads the page's data underneath (a list someone else reordered,
 * a row someone else changed), so that what the button stands for is current when it is tried again.
 * With `confirm`, pressing it asks first (ConfirmSubmit), for an action that is hard to undo.
 */
export function ActionButton<D>({
  action,
  fields,
  children,
  variant = 'secondary',
  description,
  renderSuccess,
  refreshOnFailure = false,
  confirm,
}: {
  action: FormAction<D>;
  fields: Record<string, string>;
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
  description?: ReactNode;
  renderSuccess?: (data: D) => ReactNode;
  refreshOnFailure?: boolean;
  confirm?: { question: ReactNode; confirmLabel: ReactNode };
}) {
  const { state, formAction, failure } = useActionForm(action);
  const router = useRouter();
  useEffect(() => {
    if (failure && refreshOnFailure) router.refresh();
  }, [failure, refreshOnFailure, router]);
  return (
    <form action={formAction} className="inline-block">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {description ? <p className="mb-2 text-sm text-slate-700">{description}</p> : null}
      {confirm ? (
        <ConfirmSubmit variant={variant} question={confirm.question} confirmLabel={confirm.confirmLabel}>
          {children}
        </ConfirmSubmit>
      ) : (
        <SubmitButton variant={variant}>{children}</SubmitButton>
      )}
      <div aria-live="polite" className="mt-2 text-sm">
        {failure ? (
          <p role="alert" className="font-medium text-red-800">
            {failure.fieldErrors
              ? Object.values(failure.fieldErrors).flat().join(' ') || failure.message
              : failure.message}
          </p>
        ) : null}
        {state?.ok && renderSuccess ? renderSuccess(state.data) : null}
      </div>
    </form>
  );
}
