import 'server-only';
import type { z } from 'zod';
import type { Executor } from '@/db/client';
import {
  createUserSession,
  endSessionRecord,
  endSessionRecords,
  getSessionRecord,
  listActiveSessionRecords,
  touchSessionRecord,
  type ActiveSessionRow,
} from '@/db/queries/user-sessions';
import { fail, type ActionContext } from '@/lib/actions/define-action';
import { sessionSettings } from './config';
import type { endSessionSchema } from './schemas';
import type { CurrentUser } from './session';
import type { SessionClaims } from './session-token';

/**
 * Session records: each sign-in makes one, its id travels in the token, and the token is refused once
 * the record is ended. This is what makes signing out real on the server: a copy of the cookie taken
 * before sign-out opens nothing afterwards.
 */

/** How often a session's "last seen" is written at most: enough for a person to recognise it. */
const LAST_SEEN_EVERY_SECONDS = 60;

export async function startSession({
  userId,
  userAgent,
  ip,
}: {
  userId: string;
  userAgent: string | null;
  ip: string | null;
}): Promise<string> {
  return createUserSession({ userId, userAgent, ip });
}

/** Whether the token's record exists, is the token's person's and is not ended; notes that it was seen. */
export async function isSessionRecordOpen(claims: Pick<SessionClaims, 'sid' | 'sub'>): Promise<boolean> {
  const record = await getSessionRecord({ id: claims.sid });
  if (!record || record.userId !== claims.sub || record.endedAt !== null) return false;
  if (Date.now() - record.lastSeenAt.getTime() >= LAST_SEEN_EVERY_SECONDS * 1000) {
    await touchSessionRecord({ id: claims.sid, everySeconds: LAST_SEEN_EVERY_SECONDS });
  }
  return true;
}

/** Sign-out: the record ends, so the cookie is dead even if a copy of it survives. */
export async function endSignedOutSession(claims: Pick<SessionClaims, 'sid' | 'sub'>): Promise<void> {
  await endSessionRecord({ id: claims.sid, userId: claims.sub });
}

/**
 * Ends every open session record of a person (all but `keepId`, the browser that asked, when given).
 * Called beside every bump of the session version, so that the list of sessions tells the truth.
 */
export async function endAllSessions({
  executor,
  userId,
  keepId,
}: {
  executor: Executor;
  userId: string;
  keepId?: string;
}): Promise<number> {
  return endSessionRecords({ executor, userId, keepId });
}

export type ActiveSession = ActiveSessionRow & { current: boolean };

/** A person's usable sessions, theirs only, with the one they are using marked. */
export async function listOwnSessions(user: CurrentUser): Promise<ActiveSession[]> {
  const { maxSeconds, idleSeconds } = sessionSettings();
  const rows = await listActiveSessionRecords({ userId: user.id, maxSeconds, idleSeconds });
  return rows.map((row) => ({ ...row, current: row.id === user.claims.sid }));
}

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

/**
 * "End this session", for one of the person's own sessions. Someone else's session, or one already
 * ended, is "not found": the caller cannot tell the two apart.
 */
export async function endOwnSession(ctx: Ctx<typeof endSessionSchema>): Promise<{ ended: true; current: boolean }> {
  const ended = await endSessionRecord({ executor: ctx.tx, id: ctx.input.sessionId, userId: ctx.user.id });
  if (!ended) {
    fail('forbidden:session', {
      messageKey: 'account.sessionGone',
      audit: { entityType: 'user_session', entityId: ctx.input.sessionId, reason: 'not_found' },
    });
  }
  await ctx.audit({
    action: 'user.session_end',
    entityType: 'user_session',
    entityId: ctx.input.sessionId,
    countryId: ctx.user.countryId,
  });
  return { ended: true, current: ctx.input.sessionId === ctx.user.claims.sid };
}
