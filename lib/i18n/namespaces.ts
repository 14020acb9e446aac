/**
 * Message files are split by area (messages/<locale>/<namespace>.json) so that areas can grow
 * independently; every file listed here must exist for every locale (a test checks that the keys match).
 */
export const namespaces = ['common', 'public', 'workflow', 'forms', 'auth', 'workspace'] as const;
export type Namespace = (typeof namespaces)[number];
