import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createCast, signInAs, signOut } from '@/test/auth-helpers';
import { db } from '@/db/client';
import { auditEvents, comments, commitments } from '@/db/schema';
import { createCommitment } from '@/db/seed/factories';
import { defineAction, defineRoute, fail } from './define-action';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));

/**
 * The wrapper, through a country-scoped action written the way the workflow's actions are: the
 * commitment's country comes from its row, and the decision is `ctx.authorize` on that row.
 */
const addComment = defineAction({
  name: 'comment.create',
  access: 'comment.create',
  input: z.object({ commitmentId: z.coerce.number().int().positive(), body: z.string().trim().min(1).max(2000) }),
  handler: async ({ tx, input, user, authorize, audit }) => {
    const [row] = await tx
      .select({ id: commitments.id, countryId: commitments.countryId })
      .from(commitments)
      .where(eq(commitments.id, input.commitmentId));
    authorize('comment.create', row ?? null, { type: 'commitment', id: input.commitmentId });
    const [comment] = await tx
      .insert(comments)
      .values({ commitmentId: row!.id, countryId: row!.countryId, authorId: user.id, body: input.body })
      .returning();
    await audit({
      action: 'comment.create',
      entityType: 'comment',
      entityId: comment!.id,
      countryId: row!.countryId,
      after: { body: input.body },
    });
    return { commentId: comment!.id };
  },
});

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

async function commentCount() {
  return (await db().select({ id: comments.id }).from(comments)).length;
}

async function deniedEvents(action: string) {
  return db()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.outcome, 'denied')));
}

describe('the action wrapper', () => {
  it('runs an allowed call and writes its audit event in the same transaction', async () => {
    const { focalA, countryA } = await createCast();
    const commitment = await createCommitment(db(), { countryId: countryA.id });
    await signInAs(focalA);
    const result = await addComment(
      null,
      form({ commitmentId: String(commitment.id), body: 'Evidence is on its way.' }),
    );
    expect(result).toMatchObject({ ok: true });
    const [event] = await db().select().from(auditEvents).where(eq(auditEvents.action, 'comment.create'));
    expect(event).toMatchObject({ outcome: 'success', actorId: focalA.id, countryId: countryA.id });
  });

  it('audits many events at once with the same actor, role and address as one', async () => {
    const { secretariat } = await createCast();
    const bulk = defineAction({
      name: 'test.bulk',
      access: 'commitment.import',
      input: z.object({ count: z.number().int() }),
      handler: async ({ input, auditMany }) => {
        await auditMany(
          Array.from({ length: input.count }, (_, index) => ({
            action: 'test.bulk_row',
            entityType: 'row',
            entityId: index,
            after: { index },
          })),
        );
        return { audited: input.count };
      },
    });
    await signInAs(secretariat, {}, { 'x-forwarded-for': '192.0.2.10' });
    expect(await bulk({ count: 3 })).toEqual({ ok: true, data: { audited: 3 } });
    const rows = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'test.bulk_row'))
      .orderBy(auditEvents.id);
    expect(
      rows.map(({ outcome, actorId, actorRole, entityId, after, ip }) => ({
        outcome,
        actorId,
        actorRole,
        entityId,
        after,
        ip,
      })),
    ).toEqual(
      [0, 1, 2].map((index) => ({
        outcome: 'success',
        actorId: secretariat.id,
        actorRole: 'secretariat',
        entityId: String(index),
        after: { index },
        ip: '192.0.2.10',
      })),
    );
  });

  it('refuses a call without a session, and audits it', async () => {
    const { countryA } = await createCast();
    const commitment = await createCommitment(db(), { countryId: countryA.id });
    signOut();
    const before = await commentCount();
    const deniedBefore = (await deniedEvents('comment.create')).length;
    const result = await addComment({ commitmentId: commitment.id, body: 'hello' });
    expect(result).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(await commentCount()).toBe(before);
    expect(await deniedEvents('comment.create')).toHaveLength(deniedBefore + 1);
  });

  it('refuses a role without the permission before reading the input', async () => {
    const { admin } = await createCast();
    const anonymousCreate = defineAction({
      name: 'report.write',
      access: 'report.write',
      input: z.object({ anything: z.string() }),
      handler: async () => {
        throw new Error('must not run');
      },
    });
    await signInAs(admin);
    expect(await anonymousCreate({ unknown: 1 })).toMatchObject({ ok: false, code: 'forbidden:report' });
    const [event] = await deniedEvents('report.write');
    expect(event).toMatchObject({
      actorId: admin.id,
      actorRole: 'admin',
      after: { code: 'forbidden:report', reason: 'role' },
    });
  });

  it('refuses a replayed call for another country, leaves nothing written, and audits it with that country', async () => {
    const { focalA, countryA, countryB } = await createCast();
    const own = await createCommitment(db(), { countryId: countryA.id });
    const foreign = await createCommitment(db(), { countryId: countryB.id });
    await signInAs(focalA);
    const before = await commentCount();
    expect(await addComment(null, form({ commitmentId: String(own.id), body: 'Ours.' }))).toMatchObject({ ok: true });
    // The same request with only the id changed: the country is read from the row, and refused.
    const replay = await addComment(null, form({ commitmentId: String(foreign.id), body: 'Ours.' }));
    expect(replay).toMatchObject({ ok: false, code: 'forbidden:commitment' });
    expect(await commentCount()).toBe(before + 1);
    const [event] = (await deniedEvents('comment.create')).filter((row) => row.actorId === focalA.id);
    expect(event).toMatchObject({
      actorId: focalA.id,
      countryId: countryB.id,
      entityType: 'commitment',
      entityId: String(foreign.id),
    });
    // A commitment that does not exist gets the very same answer.
    const missing = await addComment(null, form({ commitmentId: '999999', body: 'Ours.' }));
    expect({ ...missing, values: undefined }).toEqual({ ...replay, values: undefined });
  });

  it('refuses unknown keys, says which field is wrong, and gives back what was typed but never a secret', async () => {
    const { focalA } = await createCast();
    await signInAs(focalA);
    const result = await addComment(
      null,
      form({ commitmentId: 'abc', body: '', countryId: '7', password: 'hunter2 hunter2' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('validation');
    expect(result.fieldErrors?._form?.[0]).toMatch(/countryId/);
    expect(result.fieldErrors?.commitmentId?.[0]).toBeTruthy();
    expect(result.fieldErrors?.body).toEqual(['Fill in this field.']);
    expect(result.values).toEqual({ commitmentId: 'abc', body: '', countryId: '7' });
  });

  it('audits a call refused for fields its form does not have, by their names only', async () => {
    const { focalA, countryA } = await createCast();
    const commitment = await createCommitment(db(), { countryId: countryA.id });
    await signInAs(focalA);
    const before = (await deniedEvents('comment.create')).length;
    const commentsBefore = await commentCount();
    const probe = form({ commitmentId: String(commitment.id), body: 'Fine.', role: 'admin', state: 'verified' });
    expect(await addComment(null, probe)).toMatchObject({ ok: false, code: 'validation' });
    const events = await deniedEvents('comment.create');
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      actorId: focalA.id,
      after: { code: 'validation', reason: 'unknown_fields', fields: ['role', 'state'] },
    });
    // A call that is merely mistyped leaves no denied event: that is a person, not a probe.
    expect(await addComment(null, form({ commitmentId: String(commitment.id), body: '' }))).toMatchObject({
      code: 'validation',
    });
    expect(await deniedEvents('comment.create')).toHaveLength(before + 1);
    expect(await commentCount()).toBe(commentsBefore);
  });

  it('rolls back everything when a handler fails part-way, and hides unexpected errors', async () => {
    const { focalA, countryA } = await createCast();
    const commitment = await createCommitment(db(), { countryId: countryA.id });
    const halfway = defineAction({
      name: 'comment.create',
      access: 'comment.create',
      input: z.object({ mode: z.enum(['coded', 'crash']) }),
      handler: async ({ tx, input, user }) => {
        await tx
          .insert(comments)
          .values({ commitmentId: commitment.id, countryId: countryA.id, authorId: user.id, body: 'half' });
        if (input.mode === 'coded') fail('conflict:commitment');
        throw new Error('relation "secret_table" does not exist');
      },
    });
    await signInAs(focalA);
    const before = await commentCount();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await halfway({ mode: 'coded' })).toMatchObject({ ok: false, code: 'conflict:commitment' });
    const crashed = await halfway({ mode: 'crash' });
    spy.mockRestore();
    expect(crashed).toMatchObject({ ok: false, code: 'server_error' });
    expect(JSON.stringify(crashed)).not.toMatch(/secret_table|relation|stack/);
    expect(await commentCount()).toBe(before);
  });

  it('serves route handlers with the same steps, an HTTP status, and a cross-site refusal', async () => {
    const { focalA, countryA } = await createCast();
    const commitment = await createCommitment(db(), { countryId: countryA.id });
    const route = defineRoute({
      name: 'comment.create',
      access: 'comment.create',
      input: z.object({ commitmentId: z.number().int() }),
      handler: async ({ input }) => ({ seen: input.commitmentId }),
    });
    const request = (origin: string | null, body: unknown) =>
      new Request('http://localhost:3000/api/x', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
        body: JSON.stringify(body),
      });
    signOut();
    expect((await route(request(null, { commitmentId: commitment.id }))).status).toBe(401);
    await signInAs(focalA);
    const ok = await route(request('http://localhost:3000', { commitmentId: commitment.id }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, data: { seen: commitment.id } });
    expect((await route(request('https://evil.example', { commitmentId: commitment.id }))).status).toBe(403);
    expect((await route(request(null, { commitmentId: 'x' }))).status).toBe(422);
  });
});
