import 'server-only';
import { requestIp } from '@/lib/auth/request-info';
import { getSessionState, type CurrentUser } from '@/lib/auth/session';
import { can, canAtAll, type Action, type Resource } from '@/lib/permissions';
import { ActionError, fail } from './context';
import { recordRefusal } from './refusals';
import { kindOf, type ErrorCode } from './result';

/**
 * The one door for GET route handlers behind a session (downloads such as the CSV exports), as
 * `requirePermission` is for pages. In order:
 *
 *   1. session: who is asking, read afresh from the database;
 *   2. permission: may this role do `access` at all;
 *   3. handler: reads and answers; a scoped decision (the country asked for against the user's own)
 *      is made with `ctx.authorize`.
 *
 * A refusal anywhere answers 404, as a page does, so that "not allowed" and "not there" look the same
 * even to someone signed out, and writes a "denied" audit event with the actor, the address and the
 * path asked for. Reads write nothing else, so there is no transaction.
 */

export type ReadContext = {
  user: CurrentUser;
  url: URL;
  /** Refuses (and stops the handler) when the user may not do `access` on `resource`. */
  authorize: (resource: Resource) => void;
};

export type ReadRouteDefinition = {
  /** Names the read in the audit log: `commitment.export`. */
  name: string;
  /** The permission a role must have (at least for some resource) to read. */
  access: Action;
  handler: (ctx: ReadContext) => Promise<Response>;
};

function notFound(): Response {
  return new Response('Not found', { status: 404 });
}

export function defineReadRoute(definition: ReadRouteDefinition): (request: Request) => Promise<Response> {
  const subject = definition.name.split('.')[0] ?? 'item';
  return async (request: Request) => {
    const url = new URL(request.url);
    const ip = await requestIp();
    const state = await getSessionState();
    const user = state.user;
    const refuse = async (code: ErrorCode, details: ActionError['details']['audit'] = {}) => {
      await recordRefusal({
        name: definition.name,
        state,
        ip,
        code,
        details: { ...details, path: `${url.pathname}${url.search}` },
      });
      return notFound();
    };

    if (!user) return refuse('unauthenticated');
    if (!canAtAll(user, definition.access))
      return refuse(`forbidden:${subject}`, { reason: user.restricted ? 'second_factor_enrolment_required' : 'role' });
    try {
      return await definition.handler({
        user,
        url,
        authorize: (resource) => {
          if (!can(user, definition.access, resource))
            fail(`forbidden:${subject}`, { audit: { countryId: resource.countryId, reason: 'scope' } });
        },
      });
    } catch (error) {
      if (error instanceof ActionError && kindOf(error.code) === 'forbidden')
        return refuse(error.code, error.details.audit);
      throw error;
    }
  };
}
