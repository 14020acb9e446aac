import { describe, expect, it } from 'vitest';
import journal from '@/db/migrations/meta/_journal.json';
import { pendingMigrations } from './health';

describe('health checks', () => {
  it('readiness: every migration of the journal is applied, and a missing one is named', async () => {
    const { GET } = await import('@/app/api/health/ready/route');
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok', migrations: journal.entries.length });
    const future = [
      ...journal.entries,
      { idx: 99, version: '7', when: 4102444800000, tag: '9999_future', breakpoints: true },
    ];
    expect(await pendingMigrations({ journal: future })).toEqual(['9999_future']);
  });

  it('security.txt names a contact, an expiry in the future, the languages and its own address', async () => {
    const { GET } = await import('@/app/.well-known/security.txt/route');
    const text = await GET().text();
    expect(text).toMatch(/^Contact: mailto:security@localhost$/m);
    expect(text).toMatch(/^Preferred-Languages: en, fr, es$/m);
    expect(text).toMatch(/^Canonical: http:\/\/localhost:3000\/\.well-known\/security\.txt$/m);
    const expires = new Date(/^Expires: (.+)$/m.exec(text)![1]!);
    expect(expires.getTime()).toBeGreaterThan(Date.now() + 90 * 24 * 3600 * 1000);
  });
});
