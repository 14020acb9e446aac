/**
 * The result every server action and mutating route handler returns. Safe to import from client
 * components: it holds types and plain helpers only.
 *
 * Codes are `kind` or `kind:subject`:
 * - `unauthenticated`: no valid session (signed out, expired, deactivated, revoked);
 * - `forbidden:<subject>`: signed in but not allowed, or the thing does not exist: the two look the
 *   same to the caller on purpose;
 * - `not_found:<subject>`: for things the caller may know exist (a public link that expired, say);
 * - `validation`: the input was refused; `fieldErrors` says why, per field;
 * - `conflict:<subject>`: the change clashes with the current state (someone else saved first, an
 *   address already has an account, the last admin would be removed);
 * - `rate_limited`: too many attempts; `retryAfterSeconds` says when to try again;
 * - `server_error`: something unexpected; the details are in the server log, never in the answer.
 */

export type ErrorKind =
  'unauthenticated' | 'forbidden' | 'not_found' | 'validation' | 'conflict' | 'rate_limited' | 'server_error';

export type ErrorCode = ErrorKind | `${'forbidden' | 'not_found' | 'conflict'}:${string}`;

export type FieldErrors = Record<string, string[]>;

export type ActionSuccess<T> = { ok: true; data: T; message?: string };

export type ActionFailure = {
  ok: false;
  code: ErrorCode;
  /** A sentence a person can act on, in the request's language. */
  message: string;
  fieldErrors?: FieldErrors;
  /** What the person typed (never secrets), so that a form can show it again. */
  values?: Record<string, string>;
  retryAfterSeconds?: number;
};

export type ActionResult<T = unknown> = ActionSuccess<T> | ActionFailure;

export function kindOf(code: ErrorCode): ErrorKind {
  return code.split(':')[0] as ErrorKind;
}

const HTTP_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 422,
  conflict: 409,
  rate_limited: 429,
  server_error: 500,
} as const satisfies Record<ErrorKind, number>;

/** The HTTP status a route handler answers with for a coded error. */
export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[kindOf(code)] ?? 500;
}

/** Names of fields whose values are never echoed back to a form. */
export function isSecretField(name: string): boolean {
  return /password|token|secret|recovery|totp|^otp$|^code$/i.test(name);
}

/**
 * A server action as a form calls it through useActionState. Forms take it as a prop, typed by the
 * data they read from a success, so that the page (in app/) chooses the action and components/ never
 * imports from app/.
 */
export type FormAction<T = unknown> = (state: ActionResult<T> | null, payload: FormData) => Promise<ActionResult<T>>;

/** The form field that carries a submission's idempotency key (`idempotent` in define-action.ts). */
export const IDEMPOTENCY_FIELD = 'idempotencyKey';
