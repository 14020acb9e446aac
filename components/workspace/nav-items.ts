import type { Action } from '@/lib/permissions';

/**
 * The workspace's navigation, as data: each entry shows only to people who hold its permission. The
 * pages check the same permission themselves; hiding a link is a courtesy, not a control.
 */
export type WorkspaceNavItem = { href: string; labelKey: string; permission: Action };

export const WORKSPACE_NAV: readonly WorkspaceNavItem[] = [
  { href: '/workspace', labelKey: 'home', permission: 'workspace.view' },
  // The reporting workflow. "My country" is checked against the person's own country.
  { href: '/workspace/country', labelKey: 'country', permission: 'report.write' },
  { href: '/workspace/reports', labelKey: 'reports', permission: 'report.write' },
  { href: '/workspace/dashboard', labelKey: 'dashboard', permission: 'report.review' },
  { href: '/workspace/review', labelKey: 'review', permission: 'report.review' },
  { href: '/workspace/commitments', labelKey: 'commitments', permission: 'commitment.update' },
  { href: '/workspace/rounds', labelKey: 'rounds', permission: 'round.manage' },
  { href: '/workspace/import', labelKey: 'import', permission: 'commitment.import' },
  { href: '/workspace/users', labelKey: 'users', permission: 'user.read' },
  { href: '/workspace/outbox', labelKey: 'outbox', permission: 'outbox.read' },
  { href: '/workspace/audit', labelKey: 'audit', permission: 'audit.read' },
  { href: '/workspace/account', labelKey: 'account', permission: 'account.manage' },
];
