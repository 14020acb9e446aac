/**
 * The audit log's actions in words. An action is stored as a code (`commitment.import`, `page.audit.read`
 * for a page refused on that permission); the log shows the words of `workspace.audit.actions.<code>`,
 * with dots as underscores, since next-intl reads a dot as nesting. A code without words (an event
 * written before its words were) shows as itself. lib/audit-words.test.ts checks that every code the
 * source can write has words in every language.
 */

/** The page guard's refusals are written as `page.<permission>`. */
export const PAGE_ACTION_PREFIX = 'page.';

export function auditActionKey(action: string): string {
  return `audit.actions.${action.replaceAll('.', '_')}`;
}

type Translate = { (key: string, values?: Record<string, string>): string; has: (key: string) => boolean };

/** A next-intl translator of the `workspace` namespace as `describeAuditAction` takes it (keys built at run time). */
export function wordsOf(t: { (key: never, values?: never): string; has: (key: never) => boolean }): Translate {
  const words = ((key: string, values?: Record<string, string>) => t(key as never, values as never)) as Translate;
  words.has = (key: string) => t.has(key as never);
  return words;
}

/** What `action` did, in the reader's words: `t` is the `workspace` namespace's translator. */
export function describeAuditAction(action: string, t: Translate): string {
  if (action.startsWith(PAGE_ACTION_PREFIX)) {
    const permission = action.slice(PAGE_ACTION_PREFIX.length);
    const key = auditActionKey(permission);
    return t('audit.pageAction', { permission: t.has(key) ? t(key) : permission });
  }
  const key = auditActionKey(action);
  return t.has(key) ? t(key) : action;
}
