'use client';

import { useEffect, useState } from 'react';
import type { FormAction } from '@/lib/actions/result';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from './use-action-form';

function text(value: unknown): string {
  return Array.isArray(value) ? value.join('\n') : value === null || value === undefined ? '' : String(value);
}

/**
 * A form that edits a row at a version (useActionForm, plus what an edit needs). When someone else
 * saved first, the server refuses and names what they changed, and the page is refreshed underneath so
 * that the form holds the current version; then `fieldValue` gives each field a three-way merge:
 * fields only the other person changed show their new value (so saving again overwrites nothing by
 * accident), fields this person changed keep what they typed. `base` is the row as this person last
 * loaded it after a save of their own: what "changed" is measured from.
 */
export function useEditForm<D, R extends { version?: number }>(
  action: FormAction<D>,
  initial: R,
  conflictCode: string,
) {
  const form = useActionForm(action);
  const router = useRouter();
  const conflict = form.failure?.code === conflictCode;
  const [base, setBase] = useState(initial);
  // After this person's own save, the refreshed row is what their next edit starts from.
  if (form.state?.ok !== false && base.version !== initial.version) setBase(initial);
  useEffect(() => {
    if (conflict) router.refresh();
  }, [conflict, form.failure, router]);

  const fieldValue = (name: keyof R & string): string => {
    const current = text(initial[name]);
    if (!form.failure || form.failure.values?.[name] === undefined) return current;
    const typed = form.valueOf(name);
    return conflict && typed === text(base[name]) ? current : typed;
  };
  return { ...form, conflict, fieldValue };
}
