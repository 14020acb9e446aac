import { z } from 'zod';

/**
 * The one place that reads process.env. Everything else imports `env()`.
 * Validation errors carry the variable's name so that the launcher can print one line and exit.
 */

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'postgres:' || url.protocol === 'postgresql:') &&
        url.hostname !== '' &&
        url.pathname.length > 1
      );
    } catch {
      return false;
    }
  }, 'must be a URL such as postgres://user:password@host:5432/database');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_MAX: positiveInt(10),
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)').optional(),
  NEXTAUTH_URL: z.url('must be the public URL of the app, such as https://tracker.example.org').optional(),
  PORT: positiveInt(3000),
  EMBEDDED_PG_PORT: positiveInt(54329),
  SESSION_IDLE_MINUTES: positiveInt(60),
  SESSION_MAX_HOURS: positiveInt(24),
  SMTP_URL: z.url('must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().default('Engagement Tracker <no-reply@localhost>'),
  REMINDER_DAYS_BEFORE: positiveInt(7),
  /** Days past the open round's deadline after which the secretariat hears of a state that has not reported. */
  ESCALATION_DAYS_LATE: positiveInt(14),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For: 0 (the default) trusts none
   * and reads no client address from headers; `true` means 1. See lib/auth/request-info.ts.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .toLowerCase()
    .transform((value) => (value === 'true' ? 1 : value === 'false' ? 0 : Number(value)))
    .pipe(z.number('must be false, true or a number of proxies').int().min(0).max(10))
    .default(0),
  /** How much the server logs (one JSON line per request and per error at `info`); see README "Logs". */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where vulnerabilities are reported (security.txt): a mailto: or https: URI. */
  SECURITY_CONTACT: z
    .string()
    .trim()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'must be a mailto: or https: URI')
    .optional(),
  /** The app's own data (embedded PostgreSQL, generated secret), relative to the checkout or absolute. */
  DATA_DIR: z.string().default('.data'),
  /** Build folder; lets several builds of one checkout sit side by side (tests, benchmarks). */
  NEXT_DIST_DIR: z.string().default('.next'),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'EnvError';
  }
}

function clean(source: NodeJS.ProcessEnv): Record<string, string> {
  // An empty variable counts as unset, as shells and .env files often leave them empty.
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(clean(source));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new EnvError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The database URL, which the launcher always sets (embedded or external) before the app starts. */
export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new EnvError('DATABASE_URL', 'is not set; start the app with `npm start`, which provides one');
  return url;
}

export function requireAuthSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret)
    throw new EnvError('NEXTAUTH_SECRET', 'is required (at least 32 characters; try: openssl rand -base64 32)');
  return secret;
}
