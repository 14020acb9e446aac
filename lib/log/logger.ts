import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
import { env } from '@/lib/env';

/**
 * The server's log: one JSON object per line on standard output (pino), each with the id of the
 * request it belongs to. What goes in is already safe to keep: paths through `redactPath`, errors
 * through `describeError` (lib/log/redact.ts); no header, cookie, body or query string is ever logged.
 */

type RequestContext = { requestId: string };

/**
 * The request being served. The server (scripts/serve.ts) and the app's bundled code are separate
 * copies of this module in one process, so both reach the same store through a global symbol.
 */
const STORE = Symbol.for('engagement-tracker.request-context');
const holder = globalThis as typeof globalThis & { [STORE]?: AsyncLocalStorage<RequestContext> };
export const requestContext: AsyncLocalStorage<RequestContext> = (holder[STORE] ??= new AsyncLocalStorage());

export type Logger = pino.Logger;

/** A logger in the app's format; to standard output unless given another destination (tests). */
export function createLogger(destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: env().LOG_LEVEL,
    base: { service: 'engagement-tracker' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // The request id of whatever is being served when a line is written.
    mixin: () => {
      const requestId = requestContext.getStore()?.requestId;
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();
