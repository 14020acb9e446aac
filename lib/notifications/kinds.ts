/**
 * The kinds of notice (lib/notifications), as data a client component may import too (the choices on
 * My account). Each person can turn any of these off for mail; the security mail (invitation, password
 * reset, two-factor sign-in) is not a notice and always goes.
 */

export const NOTICE_KINDS = [
  // To the focal points of a state.
  'round_opened',
  'reminder',
  'report_returned',
  'report_verified',
  'comment_added',
  // To the secretariat.
  'report_submitted',
  'escalation',
] as const;

export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The kinds a role receives, in the order My account lists them. */
export const NOTICE_KINDS_BY_ROLE = {
  focal_point: ['round_opened', 'reminder', 'report_returned', 'report_verified', 'comment_added'],
  secretariat: ['report_submitted', 'escalation'],
  admin: [],
} as const satisfies Record<'focal_point' | 'secretariat' | 'admin', readonly NoticeKind[]>;

export function isNoticeKind(value: string): value is NoticeKind {
  return (NOTICE_KINDS as readonly string[]).includes(value);
}
