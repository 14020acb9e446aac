/**
 * Message files are split by area (messages/<locale>/<namespace>.json) so that areas can grow
 * independently; every file listed here must exist for every locale (a test checks that the keys match).
 */
export const namespaces = ['common', 'public', 'workflow', 'forms', 'auth', 'workspace', 'notices'] as const;
export type Namespace = (typeof namespaces)[number];

/** A namespace or a part of one ('workspace.membership'): where an action's or a mail's messages are. */
export type MessageScope = Namespace | `${Namespace}.${string}`;
