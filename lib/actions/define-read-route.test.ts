import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { createCast, signInAs, signOut } from '@/test/auth-helpers';
import { db } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { defineReadRoute } from './define-read-route';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));

/** The read guard, through a download scoped the way the commitments export is: by the country asked for. */
const handled: string[] = [];
const download = defineReadRoute({
  name: 'test.download',
  access: 'commitment.export',
  handler: async ({ user, url, authorize }) => {
    const countryId = Number(url.searchParams.get('countryId'));
    authorize({ countryId });
    handled.push(user.id);
    return new Response(`rows of ${countryId}`, { status: 200 });
  },
});

const reviewersOnly = defineReadRoute({
  name: 'test.reviewers',
  access: 'report.review',
  handler: async () => new Response('for reviewers'),
});

const get = (route: (request: Request) => Promise<Response>, query = '') =>
  route(new Request(`http://localhost:3000/en/workspace/download${query}`));

async function lastDenied(name: string) {
  const [event] = await db()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, name), eq(auditEvents.outcome, 'denied')))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return event;
}

describe('the read guard', () => {
  it('answers an allowed read with the handler’s response', async () => {
    const { secretariat, countryA } = await createCast();
    await signInAs(secretariat);
    const response = await get(download, `?countryId=${countryA.id}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`rows of ${countryA.id}`);
    expect(handled).toContain(secretariat.id);
  });

  it('answers 404 to someone signed out, and audits it with the path and the address', async () => {
    signOut({ 'x-forwarded-for': '198.51.100.4' });
    const response = await get(download, '?countryId=1');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
    expect(await lastDenied('test.download')).toMatchObject({
      actorId: null,
      ip: '198.51.100.4',
      after: { code: 'unauthenticated', reason: 'no_session', path: '/en/workspace/download?countryId=1' },
    });
  });

  it('answers 404 to a role without the permission, before the handler runs, and audits it', async () => {
    const { focalA } = await createCast();
    await signInAs(focalA);
    const response = await get(reviewersOnly);
    expect(response.status).toBe(404);
    expect(await lastDenied('test.reviewers')).toMatchObject({
      actorId: focalA.id,
      actorRole: 'focal_point',
      ip: '203.0.113.7',
      after: { code: 'forbidden:test', reason: 'role', path: '/en/workspace/download' },
    });
  });

  it('answers 404 to a scoped read of another country, the same as a missing one, and audits that country', async () => {
    const { focalA, countryA, countryB } = await createCast();
    await signInAs(focalA);
    expect((await get(download, `?countryId=${countryA.id}`)).status).toBe(200);
    const before = handled.length;
    const refused = await get(download, `?countryId=${countryB.id}`);
    expect(refused.status).toBe(404);
    expect(await refused.text()).toBe('Not found');
    expect(handled).toHaveLength(before);
    expect(await lastDenied('test.download')).toMatchObject({
      actorId: focalA.id,
      countryId: countryB.id,
      after: { code: 'forbidden:test', reason: 'scope' },
    });
  });
});
