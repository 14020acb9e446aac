import { describe, expect, it } from 'vitest';
import { getReport } from '@/db/queries/report-lists';
import { parseRouteId } from '@/lib/validation/route-id';
import { describeError, redactPath } from './redact';

describe('ids from URLs', () => {
  it('accepts plain positive integers within PostgreSQL integer, and nothing else', () => {
    expect(parseRouteId('42')).toBe(42);
    expect(parseRouteId('2147483647')).toBe(2147483647);
    for (const bad of ['99999999999999999999', '2147483648', '0', '-1', '01', '1e3', '4.0', ' 4', '', undefined])
      expect(parseRouteId(bad)).toBeNull();
  });
});

describe('what reaches the log', () => {
  it('describes a failed query without its SQL or its parameters', async () => {
    const secret = 'secret-parameter-value';
    const error = await getReport({ id: 99999999999999999999 }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    const described = JSON.stringify(describeError(Object.assign(error as Error, { params: [secret] })));
    expect(described).toContain('SQLSTATE 22003');
    expect(described).not.toMatch(/select|99999999999999999999|secret-parameter/i);
  });

  it('hides the tokens of one-time links and query strings', () => {
    expect(redactPath('/fr/invitation/abcDEF123_-xyz')).toBe('/fr/invitation/[redacted]');
    expect(redactPath('/reset-password/abc?x=1')).toBe('/reset-password/[redacted]');
    expect(redactPath('/en/workspace?token=abc')).toBe('/en/workspace');
  });
});
