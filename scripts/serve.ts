import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { env, parseEnv } from '@/lib/env';
import { sendConsoleToLog } from '@/lib/log/console';
import { logger, requestContext } from '@/lib/log/logger';
import { describeError, redactPath } from '@/lib/log/redact';
import { API_CONTENT_SECURITY_POLICY, commonSecurityHeaders } from '@/lib/security/headers';

/**
 * The production server: Next.js's request handler in Node's own HTTP server, so that every request
 * gets an id (X-Request-Id, also on every log line written while it is served) and one JSON log line
 * when it ends: method, path without its query and with one-time tokens redacted, status, duration.
 * `npm start` runs it; so do the end-to-end and cluster tests. `node --import tsx scripts/serve.ts
 * --port 3000`.
 */

// An id a trusted reverse proxy set (nginx's $request_id, say) is kept, so both logs share it.
const FORWARDED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Whether the path part of a request URL decodes; Next's router answers one that does not with a bare 500. */
function decodes(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0] ?? '');
    return true;
  } catch {
    return false;
  }
}

function portArgument(): number {
  const index = process.argv.findIndex((arg) => arg === '--port' || arg === '-p');
  const port = index > 0 ? Number(process.argv[index + 1]) : env().PORT;
  if (!Number.isInteger(port) || port <= 0) throw new Error('Pass the port to serve on: --port <port>.');
  return port;
}

async function main() {
  parseEnv(process.env);
  sendConsoleToLog(logger, { all: true });
  const port = portArgument();
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer((request, response) => {
    const forwarded = request.headers['x-request-id'];
    const requestId =
      env().TRUST_PROXY > 0 && typeof forwarded === 'string' && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
    request.headers['x-request-id'] = requestId;
    response.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      requestContext.run({ requestId }, () =>
        logger.info(
          {
            method: request.method,
            path: redactPath(request.url ?? '/'),
            status: response.statusCode,
            durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
            ...(response.writableFinished ? {} : { aborted: true }),
          },
          'request',
        ),
      );
    };
    response.once('finish', done);
    response.once('close', done);
    if (!decodes(request.url ?? '/')) {
      // Answered here, with the headers every response carries, before Next's router fails on it.
      for (const { key, value } of commonSecurityHeaders({ production: true })) response.setHeader(key, value);
      response.setHeader('Content-Security-Policy', API_CONTENT_SECURITY_POLICY);
      response.setHeader('X-Frame-Options', 'DENY');
      response.setHeader('Cache-Control', 'no-store');
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Bad request: this address cannot be read (it is not valid percent-encoded UTF-8).\n');
      return;
    }
    requestContext.run({ requestId }, () => {
      handle(request, response).catch((error: unknown) => {
        logger.error({ error: describeError(error) }, 'request failed');
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
    });
  });

  const stop = () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold close() up: give them a moment, then go.
    setTimeout(() => process.exit(0), 5_000).unref();
    server.closeIdleConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  server.listen(port, () => logger.info({ port }, 'ready'));
}

main().catch((error: unknown) => {
  logger.fatal({ error: describeError(error) }, 'the server could not start');
  process.exit(1);
});
