import 'server-only';
import { recordAuditEvent } from '@/db/queries/audit';
import type { SessionState } from '@/lib/auth/session';
import type { ErrorCode } from './result';

export type RefusalDetails = {
  entityType?: string;
  entityId?: string | number | null;
  countryId?: number | null;
  reason?: string;
  /** The path asked for, when the refusal is of a read (a download), as the page guard records it. */
  path?: string | null;
  /** The names of the fields a call sent that its action does not take (never their values). */
  fields?: string[];
};

/**
 * Writes the "denied" audit event of a refused call, outside the call's transaction (which rolls back),
 * for the action wrapper and the read guard alike. The actor is the signed-in user, or whoever the
 * refused session belonged to (a deactivated account, a revoked session).
 */
export async function recordRefusal({
  name,
  state,
  ip,
  code,
  details = {},
}: {
  name: string;
  state: SessionState;
  ip: string | null;
  code: ErrorCode;
  details?: RefusalDetails;
}): Promise<void> {
  const user = state.user;
  await recordAuditEvent({
    event: {
      action: name,
      outcome: 'denied',
      actorId: user?.id ?? (state.user === null ? state.userId : undefined) ?? null,
      actorRole: user?.role ?? (state.user === null ? state.role : undefined) ?? null,
      entityType: details.entityType ?? null,
      entityId: details.entityId ?? null,
      countryId: details.countryId ?? null,
      after: {
        code,
        reason: details.reason ?? (state.user === null ? state.reason : undefined) ?? null,
        ...(details.path ? { path: details.path } : {}),
        ...(details.fields ? { fields: details.fields } : {}),
      },
      ip,
    },
  });
}
