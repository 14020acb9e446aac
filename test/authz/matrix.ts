import type { Cast } from '@/test/auth-helpers';
import type { users } from '@/db/schema';

/**
 * The authorization matrix: for every server action and mutating route handler, who may call it.
 * Entries live in test/authz/*.matrix.ts, one file per area; test/authorization-matrix.test.ts finds
 * every endpoint in the source and fails for any that no entry covers.
 *
 * The callers: nobody signed in; a focal point of the country the resource belongs to (country A in
 * the cast); a focal point of another country (B); the secretariat; an admin (with two-factor
 * sign-in); and a deactivated user whose session cookie is otherwise valid.
 */
export const CALLERS = ['public', 'focalOwn', 'focalOther', 'secretariat', 'admin', 'deactivated'] as const;
export type Caller = (typeof CALLERS)[number];

export type SetupContext = { cast: Cast; caller: Caller; user: typeof users.$inferSelect | null };

export type MatrixEntry = {
  /** Creates what one call needs, fresh for every caller, and returns the call's input. */
  setup: (context: SetupContext) => Promise<Record<string, unknown> | FormData>;
  /** Callers who get past authorization. Everyone else must be refused and change nothing. */
  allowed: readonly Caller[];
  /** The outcome for an allowed caller when it is not plain success ('ok'): a state conflict, say. */
  outcomes?: Partial<Record<Caller, string>>;
};

/** An endpoint that does not go through the wrapper, and why that is right. */
export type Exemption = { exempt: string };

export type Matrix = Record<string, MatrixEntry | Exemption>;

export const EVERYONE: readonly Caller[] = CALLERS;
export const SIGNED_IN: readonly Caller[] = ['focalOwn', 'focalOther', 'secretariat', 'admin'];
export const ADMIN_ONLY: readonly Caller[] = ['admin'];
