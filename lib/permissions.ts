import type { Role } from '@/db/schema';

/**
 * Who may do what, as data. Every role lists every action, so adding an action without deciding it for
 * each role does not compile. `can()` is the only reader and fails closed: no user, an inactive user,
 * an unknown action or a scoped rule without a matching country all answer "no".
 *
 * Rules:
 * - 'any': anywhere;
 * - 'own_country': only for a resource whose country (read from the database row, never from a form)
 *   is the user's own country (from the user's row);
 * - 'none': never.
 */

export type Rule = 'any' | 'own_country' | 'none';

export const ACTIONS = [
  // Self-service: one's own account (password, sessions, two-factor sign-in, language and notices:
  // audited as user.language_change and user.notices_change). Marking one's own "What's new" read
  // (user.notices_read) needs only 'workspace.view'.
  'account.manage',
  // Workspace reading.
  'workspace.view',
  'country.read_drafts',
  // Accounts and invitations (admin).
  'user.read',
  'user.invite',
  'user.update',
  'user.send_reset',
  'invitation.revoke',
  'outbox.read',
  'audit.read',
  // Reference data (admin).
  'country.manage',
  'membership.manage',
  'framework.manage',
  // The reporting workflow.
  'commitment.create',
  'commitment.update',
  'commitment.publish',
  'commitment.publish_many',
  'commitment.import',
  'commitment.export',
  'report.write',
  'report.review',
  'report.list',
  'round.manage',
  'round.remind',
  'comment.create',
] as const;

export type Action = (typeof ACTIONS)[number];

const secretariat = {
  'account.manage': 'any',
  'workspace.view': 'any',
  'country.read_drafts': 'any',
  'user.read': 'none',
  'user.invite': 'none',
  'user.update': 'none',
  'user.send_reset': 'none',
  'invitation.revoke': 'none',
  'outbox.read': 'none',
  'audit.read': 'none',
  'country.manage': 'none',
  'membership.manage': 'none',
  'framework.manage': 'none',
  'commitment.create': 'any',
  'commitment.update': 'any',
  'commitment.publish': 'any',
  'commitment.publish_many': 'any',
  'commitment.import': 'any',
  'commitment.export': 'any',
  'report.write': 'none',
  'report.review': 'any',
  'report.list': 'any',
  'round.manage': 'any',
  'round.remind': 'any',
  'comment.create': 'any',
} as const satisfies Record<Action, Rule>;

export const PERMISSIONS = {
  focal_point: {
    'account.manage': 'any',
    'workspace.view': 'any',
    'country.read_drafts': 'own_country',
    'user.read': 'none',
    'user.invite': 'none',
    'user.update': 'none',
    'user.send_reset': 'none',
    'invitation.revoke': 'none',
    'outbox.read': 'none',
    'audit.read': 'none',
    'country.manage': 'none',
    'membership.manage': 'none',
    'framework.manage': 'none',
    'commitment.create': 'none',
    'commitment.update': 'none',
    'commitment.publish': 'none',
    'commitment.publish_many': 'none',
    'commitment.import': 'none',
    'commitment.export': 'own_country',
    'report.write': 'own_country',
    'report.review': 'none',
    'report.list': 'none',
    'round.manage': 'none',
    'round.remind': 'none',
    'comment.create': 'own_country',
  },
  secretariat,
  admin: {
    ...secretariat,
    'user.read': 'any',
    'user.invite': 'any',
    'user.update': 'any',
    'user.send_reset': 'any',
    'invitation.revoke': 'any',
    'outbox.read': 'any',
    'audit.read': 'any',
    'country.manage': 'any',
    'membership.manage': 'any',
    'framework.manage': 'any',
  },
} as const satisfies Record<Role, Record<Action, Rule>>;

/**
 * Actions open to a signed-in person whose account still needs a step before anything else: an admin
 * must enrol in two-factor sign-in before using any admin (or other) power.
 */
export const RESTRICTED_SESSION_ACTIONS: readonly Action[] = ['account.manage'];

/** The facts about a user that permission checks read; all come from the user's own database row. */
export type Subject = {
  role: Role;
  countryId: number | null;
  isActive: boolean;
  /** True while the account must finish a step (two-factor enrolment) before doing anything else. */
  restricted?: boolean;
};

/** The facts about a resource that permission checks read, taken from the resource's database row. */
export type Resource = { countryId: number | null };

function ruleFor(subject: Subject, action: Action): Rule {
  const table: Record<string, Rule> | undefined = (PERMISSIONS as Record<string, Record<string, Rule>>)[subject.role];
  const rule = table && Object.hasOwn(table, action) ? table[action] : undefined;
  return rule ?? 'none';
}

/**
 * Whether `subject` may do `action` on `resource`. Without a resource, a scoped rule answers "no":
 * use `canAtAll` for the question "might this role ever do this?", and `can` with the row's country
 * for the real decision.
 */
export function can(subject: Subject | null | undefined, action: Action, resource?: Resource): boolean {
  if (!subject || subject.isActive !== true) return false;
  if (subject.restricted && !RESTRICTED_SESSION_ACTIONS.includes(action)) return false;
  const rule = ruleFor(subject, action);
  if (rule === 'any') return true;
  if (rule === 'own_country') {
    return (
      resource !== undefined &&
      typeof resource.countryId === 'number' &&
      typeof subject.countryId === 'number' &&
      resource.countryId === subject.countryId
    );
  }
  return false;
}

/** Whether the role could do `action` on some resource: the early role check, before any row is read. */
export function canAtAll(subject: Subject | null | undefined, action: Action): boolean {
  if (!subject || subject.isActive !== true) return false;
  if (subject.restricted && !RESTRICTED_SESSION_ACTIONS.includes(action)) return false;
  const rule = ruleFor(subject, action);
  return rule === 'any' || (rule === 'own_country' && typeof subject.countryId === 'number');
}
