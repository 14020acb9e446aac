import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { getReport } from '@/db/queries/report-lists';
import { sendConsoleToLog } from './console';
import { createLogger, requestContext } from './logger';

/** What reaches the JSON log from console.error and console.warn, inside and outside a request. */

const original = { error: console.error, warn: console.warn };
afterEach(() => Object.assign(console, original));

function capture() {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line));
  });
  const logger = createLogger(stream);
  sendConsoleToLog(logger);
  return { lines, flushed: () => new Promise((resolve) => setImmediate(resolve)) };
}

describe('the JSON log', () => {
  it('writes one line per console.error, with the request id and a failed query without its SQL', async () => {
    const { lines, flushed } = capture();
    const failed = await getReport({ id: 99999999999999999999 }).then(
      () => null,
      (error: unknown) => error,
    );
    requestContext.run({ requestId: 'req-0123456789' }, () => console.error('⨯', failed));
    console.warn('[auth] DEBUG_ENABLED');
    await flushed();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: 'error',
      requestId: 'req-0123456789',
      service: 'engagement-tracker',
      error: { name: 'DatabaseQueryError', code: '22003' },
    });
    expect(typeof lines[0]!.time).toBe('string');
    expect(JSON.stringify(lines[0])).not.toMatch(/select|where|e\+|0000000000|stack/i);
    expect(lines[1]).toMatchObject({ level: 'warn', msg: '[auth] DEBUG_ENABLED' });
    expect(lines[1]).not.toHaveProperty('requestId');
  });

  it('keeps the stack of an ordinary error, and the message of a string that names a failed query only up to it', async () => {
    const { lines, flushed } = capture();
    console.error(new Error('boom'));
    console.error('Error: Failed query: select password_hash from users where email = $1');
    await flushed();
    expect(lines[0]).toMatchObject({ msg: 'Error: boom', error: { name: 'Error', message: 'boom' } });
    expect(String((lines[0]!.error as { stack?: string }).stack)).toContain('logger.test.ts');
    expect(lines[1]!.msg).toBe('Error: [a failed database query, redacted]');
  });
});
