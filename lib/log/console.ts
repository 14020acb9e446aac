import { describeError } from './redact';

let installed = false;

function isQueryError(value: unknown): boolean {
  return value instanceof Error && typeof (value as { query?: unknown }).query === 'string';
}

/** Wraps console.error so that a failed query (or an error caused by one) is logged without its SQL. */
export function redactConsoleErrors(): void {
  if (installed) return;
  installed = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    original(
      ...args.map((arg) =>
        isQueryError(arg) || isQueryError((arg as { cause?: unknown } | null)?.cause)
          ? JSON.stringify(describeError(isQueryError(arg) ? arg : (arg as { cause: unknown }).cause))
          : typeof arg === 'string' && arg.includes('Failed query:')
            ? (arg.split('Failed query:')[0] ?? '') + '[a failed database query, redacted]'
            : arg,
      ),
    );
  };
}
