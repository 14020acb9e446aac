import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';
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
      return fail('validation', { fieldErrors: 'fieldErrors' in result ? (result.fieldErrors as Record<string, string[]>) : {} });
    case 'invalid_state':
      return fail(`conflict:${subject}`, { messageKey: `codes.invalidState_${subject}` });
    default: {
      const conflict = result as Extract<typeof result, { current: unknown }>;
      return fail(`conflict:${subject}`, { fieldErrors: conflictFieldErrors(conflict.changedFields ?? [], conflict.current) });
    }
  }
}

/**
 * Cache tags for public data, so the public pages can tag what they cache and be refreshed the moment
 * something they show changes. `updateTag` (Next.js 16) expires the tag and makes this request read
 * the new data (read-your-writes); revalidatePath covers pages cached by path rather than by tag.
 */
export const PUBLIC_TAGS = {
  all: 'public-data',
  country: (iso3: string) => `country:${iso3.toLowerCase()}`,
  commitment: (ref: string) => `commitment:${ref.toUpperCase()}`,
} as const;

/** Call from a server action after a change the public can see (publication moves, verification). */
export function refreshPublicPages({ iso3, ref }: { iso3?: string | null; ref?: string | null } = {}): void {
  updateTag(PUBLIC_TAGS.all);
  if (iso3) updateTag(PUBLIC_TAGS.country(iso3));
  if (ref) updateTag(PUBLIC_TAGS.commitment(ref));
  revalidatePath('/', 'layout');
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
