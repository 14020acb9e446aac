import type { Action } from '@/lib/permissions';

/**
 * The workspace's navigation, as data: each entry shows only to people who hold its permission. The
 * pages check the same permission themselves; hiding a link is a courtesy, not a control.
 */
export type WorkspaceNavItem = {
  href: string;
  labelKey: string;
  permission: Action;
  /** A group of links shown under its own heading (its label is `nav.<section>`). */
  section?: 'referenceData';
};

export const WORKSPACE_NAV: readonly WorkspaceNavItem[] = [
  { href: '/workspace', labelKey: 'home', permission: 'workspace.view' },
  // The reporting workflow. "My country" is checked against the person's own country.
  { href: '/workspace/country', labelKey: 'country', permission: 'report.write' },
  { href: '/workspace/reports', labelKey: 'reports', permission: 'report.write' },
  { href: '/workspace/dashboard', labelKey: 'dashboard', permission: 'report.review' },
  { href: '/workspace/review', labelKey: 'review', permission: 'report.review' },
  { href: '/workspace/reports/all', labelKey: 'allReports', permission: 'report.list' },
  { href: '/workspace/commitments', labelKey: 'commitments', permission: 'commitment.update' },
  { href: '/workspace/rounds', labelKey: 'rounds', permission: 'round.manage' },
  { href: '/workspace/import', labelKey: 'import', permission: 'commitment.import' },
  { href: '/workspace/users', labelKey: 'users', permission: 'user.read' },
  { href: '/workspace/outbox', labelKey: 'outbox', permission: 'outbox.read' },
  { href: '/workspace/audit', labelKey: 'audit', permission: 'audit.read' },
  { href: '/workspace/account', labelKey: 'account', permission: 'account.manage' },
  // The reference data the public pages are built on, kept by admins.
  {
    href: '/workspace/reference/countries',
    labelKey: 'countries',
    permission: 'country.manage',
    section: 'referenceData',
  },
  {
    href: '/workspace/reference/membership',
    labelKey: 'membership',
    permission: 'membership.manage',
    section: 'referenceData',
  },
  {
    href: '/workspace/reference/frameworks',
    labelKey: 'frameworks',
    permission: 'framework.manage',
    section: 'referenceData',
  },
];
