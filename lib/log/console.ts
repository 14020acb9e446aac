import { format } from 'node:util';
import { logger, type Logger } from './logger';
import { describeError } from './redact';

function isQueryError(value: unknown): boolean {
  return value instanceof Error && typeof (value as { query?: unknown }).query === 'string';
}

/** The error behind an argument: a failed query itself, or the query error it was caused by. */
function errorOf(arg: unknown): Error | null {
  const cause = (arg as { cause?: unknown } | null)?.cause;
  if (isQueryError(cause)) return cause as Error;
  return arg instanceof Error ? arg : null;
}

/** One argument as log text: a failed query never with its SQL or parameters. */
function textOf(arg: unknown): string {
  const error = errorOf(arg);
  if (error) {
    const described = describeError(error);
    return `${described.name}: ${described.message}`;
  }
  if (typeof arg === 'string' && arg.includes('Failed query:'))
    return (arg.split('Failed query:')[0] ?? '') + '[a failed database query, redacted]';
  return typeof arg === 'string' ? arg : format('%o', arg);
}

/** A log line's fields for what console.error or console.warn was given. */
export function consoleLine(args: unknown[]): { msg: string; error?: Record<string, unknown> } {
  const msg = args.map(textOf).join(' ');
  const error = args.map(errorOf).find((candidate) => candidate !== null);
  if (!error) return { msg };
  const described = describeError(error);
  // A stack's first line repeats the message, which for a failed query holds the SQL: leave it out then.
  const stack = isQueryError(error) ? undefined : error.stack?.split('\n').slice(1, 11).join('\n');
  return { msg, error: { ...described, ...(stack ? { stack } : {}) } };
}

/**
 * Sends console.error and console.warn, from the app and from Next.js alike, to the JSON log as one line
 * each, with the request id; a failed query (or an error caused by one) is logged without its SQL.
 */
export function sendConsoleToLog(target: Logger = logger, { all = false }: { all?: boolean } = {}): void {
  // The production server sends console.log and console.info too (Next's own start-up lines), so that
  // every line it writes is JSON; the development server keeps them as they are.
  if (all) {
    console.log = (...args: unknown[]) => target.info(consoleLine(args).msg);
    console.info = (...args: unknown[]) => target.info(consoleLine(args).msg);
  }
  console.error = (...args: unknown[]) => {
    const { msg, error } = consoleLine(args);
    target.error(error ? { error } : {}, msg);
  };
  console.warn = (...args: unknown[]) => {
    const { msg, error } = consoleLine(args);
    target.warn(error ? { error } : {}, msg);
  };
}
