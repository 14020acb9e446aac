import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';
import { publicDataTags } from '@/db/queries/public-cache';
import { fail } from '@/lib/actions/define-action';
import { deliverAfterResponse } from '@/lib/mail/outbox';
import type { WorkflowResult } from '@/lib/workflow';

/**
 * The bridge between the workflow's data layer (which answers with coded results and never throws for
 * a refusal) and the action wrapper (lib/actions/define-action.ts, which rolls back and answers on
 * `fail`). Codes are mapped to the wrapper's kinds:
 *
 * - `not_found:x` → `forbidden:x`: "not yours" and "not found" look the same to the caller;
 * - `invalid:x` → `validation`, with field errors as `workflow` message keys;
 * - `invalid_state:x` → `conflict:x` with its own message (the row's state moved on);
 * - `conflict:x` → `conflict:x`, each field someone else changed named with its new value, while the
 *   wrapper echoes back what this person typed, so they can look and save it again.
 */

type FieldError = string | { key: string; values?: Record<string, string | number> };

function shown(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return null;
  return String(value).slice(0, 200);
}

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

/** The data of a successful result; any failure stops the action with the matching coded failure. */
export function unwrap<T>(result: WorkflowResult<T>): T {
  if (result.ok) return result.data;
  const [problem, subject] = result.code.split(':') as [string, string];
  switch (problem) {
    case 'not_found':
      return fail(`forbidden:${subject}`, { audit: { entityType: subject, reason: 'not_found' } });
    case 'invalid':
      return fail('validation', {
        fieldErrors: 'fieldErrors' in result ? (result.fieldErrors as Record<string, string[]>) : {},
      });
    case 'invalid_state':
      return fail(`conflict:${subject}`, { messageKey: `codes.invalidState_${subject}` });
    default: {
      const conflict = result as Extract<typeof result, { current: unknown }>;
      return fail(`conflict:${subject}`, {
        fieldErrors: conflictFieldErrors(conflict.changedFields ?? [], conflict.current),
      });
    }
  }
}

/**
 * Call from a server action after a change the public can see (publication moves, verification, edits
 * of a published commitment, a round's status): expires exactly the cached public data and pages of
 * the states concerned and the aggregates (see `publicDataTags`). `updateTag` (Next.js 16) makes this
 * action's own response read the new data too, and every later request.
 */
export function refreshPublicPages(scope: Parameters<typeof publicDataTags>[0]): void {
  for (const tag of publicDataTags(scope)) updateTag(tag);
}

/**
 * Call after any workspace change, so lists and the dashboard show it on the next request. It also
 * drains the mail outbox after the response (when SMTP is set): reminders that `npm run reminders`
 * queued go out with the next piece of workspace activity.
 */
export function refreshWorkspace(): void {
  revalidatePath('/[locale]/workspace', 'layout');
  deliverAfterResponse();
}
