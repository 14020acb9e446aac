import 'server-only';
import { createHash } from 'node:crypto';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { appOrigin } from '@/lib/auth/config';
import { requestIp } from '@/lib/auth/request-info';
import { getSessionState, type CurrentUser, type SessionState } from '@/lib/auth/session';
import { claimIdempotencyKey, deleteExpiredIdempotencyKeys, storeIdempotentResult } from '@/db/queries/idempotency';
import type { Locale } from '@/lib/i18n/routing';
import { canAtAll, type Action } from '@/lib/permissions';
import { ActionError, fail, runInContext, type ActionContext } from './context';
import { describeError } from '@/lib/log/redact';
import { echoValues, inputObject } from './form-data';
import { recordRefusal } from './refusals';
import {
  IDEMPOTENCY_FIELD,
  httpStatusOf,
  kindOf,
  type ActionFailure,
  type ActionResult,
  type ErrorCode,
  type FieldErrors,
} from './result';
import { requestLocale, translatorFor, type MessageScope, type Translate } from './translate';

// Handlers take their context and stop with `fail` from here. Services (lib/<domain>/*.ts) import the
// same from context.ts, which needs no request, so that scripts and the benchmark can call them too.
export { ActionError, fail, type ActionContext } from './context';

/**
 * The one door for every server action and every mutating route handler. In order:
 *
 *   1. session: who is asking, read afresh from the database (lib/auth/session.ts);
 *   2. role: may this role do `access` at all (lib/permissions.ts); refusals are audited;
 *   3. input: parsed with the action's zod object, made strict, so unknown keys are refused (and
 *      audited as a denied call: a field no form has is someone probing);
 *   4. handler: runs in one database transaction with its audit events, in the context that
 *      context.ts builds; a resource-scoped decision (the row's country against the user's) is made
 *      with `ctx.authorize` on the row it has read;
 *   5. a coded result (lib/actions/result.ts): never a thrown error, never a stack trace.
 *
 * A refusal anywhere leaves the database as it was (the transaction rolls back) and writes an audit
 * event of its own.
 */

export type Access = 'public' | Action;

type UserFor<A extends Access> = A extends 'public' ? CurrentUser | null : CurrentUser;

export type ActionDefinition<S extends z.ZodObject, D, A extends Access> = {
  /** Names the action in the audit log: `user.invite`, `report.submit`. */
  name: string;
  /** 'public', or the permission a role must have (at least for some resource) to call it. */
  access: A;
  input: S;
  /** Namespace (or part of one) holding the schema's error keys; always falls back to `forms`. */
  messages?: MessageScope;
  /** What `forbidden:`/`conflict:` codes are about; defaults to the part of `name` before the dot. */
  subject?: string;
  handler: (ctx: ActionContext<z.output<S>, UserFor<A>>) => Promise<D>;
  /**
   * A submission that must not happen twice (a comment, a report). Its form sends a random
   * `idempotencyKey` (useActionForm with `idempotent`); the first call's result is kept under it, and a
   * replay of the same form gets that result back without running the handler again, then `replayed`
   * (the redirect the first call made, say). The same key with other content is a conflict.
   */
  idempotent?: { replayed?: (data: D, locale: Locale) => void };
};

/** A server action as React calls it from a form (`(state, formData)`) or code calls it (`(input)`). */
export type ServerAction<D> = (stateOrInput?: unknown, payload?: unknown) => Promise<ActionResult<D>>;

type Translators = { own: Translate; forms: Translate };

function translateKey(t: Translators, key: string, values?: Record<string, string | number>): string | null {
  if (t.own.has(key)) return t.own(key, values);
  if (t.forms.has(key)) return t.forms(key, values);
  return null;
}

function codeMessage(
  t: Translators,
  code: ErrorCode,
  subject: string,
  values?: Record<string, string | number>,
): string {
  const kind = kindOf(code);
  const specific = code.includes(':') ? `codes.${kind}_${code.split(':')[1]}` : null;
  return (specific && translateKey(t, specific, values)) ?? t.forms(`codes.${kind}`, { subject, ...values });
}

function issueParams(issue: z.core.$ZodIssue): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  const source = issue as unknown as Record<string, unknown>;
  for (const name of ['minimum', 'maximum']) {
    const value = source[name];
    if (typeof value === 'number' || typeof value === 'bigint') params[name] = Number(value);
  }
  const custom = source.params;
  if (custom && typeof custom === 'object') {
    for (const [name, value] of Object.entries(custom))
      if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  return params;
}

function issueMessage(t: Translators, issue: z.core.$ZodIssue, raw: Record<string, unknown>): string {
  const params = issueParams(issue);
  const own = translateKey(t, issue.message, params);
  if (own) return own;
  const field = issue.path[0];
  const given = typeof field === 'string' ? raw[field] : undefined;
  if (given === undefined || given === '') return t.forms('validation.required');
  switch (issue.code) {
    case 'too_small':
      return t.forms('validation.tooShort', { minimum: params.minimum ?? 1 });
    case 'too_big':
      return t.forms('validation.tooLong', { maximum: params.maximum ?? 0 });
    case 'invalid_format':
      return t.forms((issue as { format?: string }).format === 'email' ? 'validation.email' : 'validation.invalid');
    case 'invalid_value':
      return t.forms('validation.choice');
    default:
      return t.forms('validation.invalid');
  }
}

function validationFailure(t: Translators, error: z.ZodError, raw: Record<string, unknown>): ActionFailure {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      formErrors.push(t.forms('validation.unknownFields', { fields: issue.keys.join(', ') }));
      continue;
    }
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form';
    (fieldErrors[key] ??= []).push(issueMessage(t, issue, raw));
  }
  if (formErrors.length > 0) fieldErrors._form = [...(fieldErrors._form ?? []), ...formErrors];
  return { ok: false, code: 'validation', message: t.forms('codes.validation'), fieldErrors, values: echoValues(raw) };
}

const KEY_FORMAT = /^[A-Za-z0-9_-]{16,128}$/;
const INVALID_KEY = Symbol('invalid idempotency key');

/** The key, if the action takes one and the call sent it, and the other fields for the schema. */
function splitIdempotencyKey(
  definition: { idempotent?: unknown },
  input: Record<string, unknown>,
): { idempotencyKey: string | null | typeof INVALID_KEY; fields: Record<string, unknown> } {
  if (!definition.idempotent || !(IDEMPOTENCY_FIELD in input)) return { idempotencyKey: null, fields: input };
  const { [IDEMPOTENCY_FIELD]: key, ...fields } = input;
  return { idempotencyKey: typeof key === 'string' && KEY_FORMAT.test(key) ? key : INVALID_KEY, fields };
}

function invalidKeyFailure(t: Translators, input: Record<string, unknown>): ActionFailure {
  return {
    ok: false,
    code: 'validation',
    message: t.forms('codes.validation'),
    fieldErrors: { _form: [t.forms('validation.idempotencyKey')] },
    values: echoValues(input),
  };
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/** The unknown keys a strict parse refused, as many and as long as an audit event reasonably holds. */
function unknownFields(error: z.ZodError): string[] {
  const keys = error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : []));
  return [...new Set(keys)].slice(0, 20).map((key) => key.slice(0, 64));
}

function isPostgresError(error: unknown, ...codes: string[]): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    codes.includes(String((error as { code?: unknown }).code ?? (error as { cause?: { code?: unknown } }).cause?.code))
  );
}

/** Runs one call of an action through every step; shared by server actions and route handlers. */
export async function runAction<S extends z.ZodObject, D, A extends Access>(
  definition: ActionDefinition<S, D, A>,
  raw: unknown,
): Promise<ActionResult<D>> {
  const subject = definition.subject ?? definition.name.split('.')[0] ?? 'item';
  const locale = await requestLocale();
  const t: Translators = {
    own: await translatorFor(locale, definition.messages ?? 'forms'),
    forms: await translatorFor(locale, 'forms'),
  };
  const ip = await requestIp();
  const input = inputObject(raw);
  let state: SessionState = { user: null, reason: 'no_session' };

  try {
    // 1. Session.
    state = await getSessionState();
    const user = state.user;
    if (definition.access !== 'public') {
      if (!user) {
        await recordRefusal({ name: definition.name, state, ip, code: 'unauthenticated' });
        return {
          ok: false,
          code: 'unauthenticated',
          message: t.forms('codes.unauthenticated'),
          values: echoValues(input),
        };
      }
      // 2. Role.
      if (!canAtAll(user, definition.access)) {
        const code: ErrorCode = `forbidden:${subject}`;
        await recordRefusal({
          name: definition.name,
          state,
          ip,
          code,
          details: { reason: user.restricted ? 'second_factor_enrolment_required' : 'role' },
        });
        return { ok: false, code, message: codeMessage(t, code, subject) };
      }
    }

    // 3. Input; the idempotency key of a submission travels beside it.
    const { idempotencyKey, fields } = splitIdempotencyKey(definition, input);
    if (idempotencyKey === INVALID_KEY) return invalidKeyFailure(t, input);
    const parsed = definition.input.strict().safeParse(fields);
    if (!parsed.success) {
      // A field the form never has (countryId, role, state…) is someone probing: leave a trace.
      const unknown = unknownFields(parsed.error);
      if (unknown.length > 0)
        await recordRefusal({
          name: definition.name,
          state,
          ip,
          code: 'validation',
          details: { reason: 'unknown_fields', fields: unknown },
        });
      return validationFailure(t, parsed.error, input);
    }

    // 4. Handler, in one transaction, then its after-commit tasks.
    let replay = false;
    const data = await runInContext(
      { user: user as UserFor<A>, input: parsed.data as z.output<S>, ip, locale },
      async (ctx) => {
        if (!idempotencyKey || !ctx.user) return definition.handler(ctx);
        const claim = { executor: ctx.tx, userId: ctx.user.id, action: definition.name, key: idempotencyKey };
        await deleteExpiredIdempotencyKeys(claim);
        const found = await claimIdempotencyKey({ ...claim, inputHash: hashOf(parsed.data) });
        if (found.kind === 'mismatch') fail(`conflict:${subject}`, { messageKey: 'codes.conflict_replay' });
        if (found.kind === 'replay') {
          replay = true;
          return found.result as D;
        }
        const result = await definition.handler(ctx);
        await storeIdempotentResult({ ...claim, result });
        return result;
      },
    );
    if (replay) definition.idempotent?.replayed?.(data, locale);
    return { ok: true, data };
  } catch (error) {
    // redirect() and notFound() from a handler or an after-commit task are Next.js control flow.
    unstable_rethrow(error);
    if (error instanceof ActionError) {
      const kind = kindOf(error.code);
      if (kind === 'forbidden' || kind === 'unauthenticated')
        await recordRefusal({ name: definition.name, state, ip, code: error.code, details: error.details.audit });
      const fieldErrors: FieldErrors | undefined = error.details.fieldErrors
        ? Object.fromEntries(
            Object.entries(error.details.fieldErrors).map(([field, messages]) => [
              field,
              messages.map((item) =>
                typeof item === 'string'
                  ? (translateKey(t, item) ?? item)
                  : (translateKey(t, item.key, item.values) ?? item.key),
              ),
            ]),
          )
        : undefined;
      const message =
        (error.details.messageKey && translateKey(t, error.details.messageKey, error.details.messageValues)) ??
        codeMessage(t, error.code, subject, {
          minutes: Math.max(1, Math.ceil((error.details.retryAfterSeconds ?? 60) / 60)),
          ...error.details.messageValues,
        });
      return {
        ok: false,
        code: error.code,
        message,
        ...(fieldErrors ? { fieldErrors } : {}),
        ...(error.details.retryAfterSeconds ? { retryAfterSeconds: error.details.retryAfterSeconds } : {}),
        values: echoValues(input),
      };
    }
    // Two saves raced on a unique key or a serialisation check: the second one is a conflict.
    if (isPostgresError(error, '23505', '40001')) {
      const code: ErrorCode = `conflict:${subject}`;
      return { ok: false, code, message: codeMessage(t, code, subject), values: echoValues(input) };
    }
    // Never the error itself: a failed query's message holds the SQL and every bound value.
    console.error(`[action ${definition.name}]`, JSON.stringify(describeError(error)));
    return { ok: false, code: 'server_error', message: t.forms('codes.server_error'), values: echoValues(input) };
  }
}

/** Wraps a handler as a server action: export the result from a 'use server' file. */
export function defineAction<S extends z.ZodObject, D, A extends Access>(
  definition: ActionDefinition<S, D, A>,
): ServerAction<D> {
  const action: ServerAction<D> = async (...args: unknown[]) =>
    runAction(definition, args.length >= 2 ? args[1] : args[0]);
  return action;
}

/**
 * Wraps a handler as a mutating route handler (POST, PUT, PATCH, DELETE). The body is JSON or a form;
 * the answer is the same coded result as JSON, with the matching HTTP status. A request whose Origin
 * is another site is refused before anything else (a second line of defence beside SameSite cookies).
 */
export function defineRoute<S extends z.ZodObject, D, A extends Access>(
  definition: ActionDefinition<S, D, A>,
): (request: Request) => Promise<Response> {
  return async (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin !== null && origin !== appOrigin() && origin !== new URL(request.url).origin) {
      return Response.json(
        { ok: false, code: `forbidden:origin`, message: 'Cross-site request refused.' } satisfies ActionFailure,
        { status: 403 },
      );
    }
    let body: unknown;
    const type = request.headers.get('content-type') ?? '';
    try {
      if (type.includes('application/json')) body = await request.json();
      else if (type.includes('form')) body = await request.formData();
      else body = {};
    } catch {
      body = { __invalid__: 'unreadable body' };
    }
    const result = await runAction(definition, body);
    return Response.json(result, {
      status: result.ok ? 200 : httpStatusOf(result.code),
      headers: { 'Cache-Control': 'no-store' },
    });
  };
}
