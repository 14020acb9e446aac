import 'server-only';
import { fail } from '@/lib/actions/context';

/**
 * The two refusals every workflow service shares, on top of the wrapper's own (`fail('validation')`
 * with field errors, and `ctx.authorize` for "not found" and "not yours", which look the same). Their
 * messages are keys in the `workflow` namespace, which every workflow action names as its `messages`.
 */

export type WorkflowSubject = 'commitment' | 'report' | 'round' | 'comment' | 'import' | 'country';

type FieldError = { key: string; values?: Record<string, string | number> };

function shown(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return null;
  return String(value).slice(0, 200);
}

/** Each field someone else changed, as a message that names its new value (or says it was cleared). */
export function conflictFieldErrors(changedFields: readonly string[], current: unknown): Record<string, FieldError[]> {
  const row = (current ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    changedFields.map((field) => {
      const value = row[field];
      const text = shown(value);
      const message: FieldError = Array.isArray(value)
        ? { key: 'conflict.changed' }
        : text === null
          ? { key: 'conflict.changedEmpty' }
          : { key: 'conflict.changedTo', values: { value: text } };
      return [field, [message]];
    }),
  );
}

/**
 * Someone saved first. Nothing is written; the error names each field they changed with its value in
 * `current` (the row as it now is), while the wrapper echoes back what this person typed, so they can
 * look and save again.
 */
export function failConflict(subject: WorkflowSubject, changedFields: readonly string[], current: unknown): never {
  return fail(`conflict:${subject}`, { fieldErrors: conflictFieldErrors(changedFields, current) });
}

/**
 * The move does not exist from the row's present state (verifying a draft, say): its state moved on.
 * The state travels with the error, for a message that wants to name it.
 */
export function failInvalidState(subject: WorkflowSubject, state: string): never {
  return fail(`conflict:${subject}`, { messageKey: `codes.invalidState_${subject}`, messageValues: { state } });
}
