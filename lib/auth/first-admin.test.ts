import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, invitations, users } from '@/db/schema';
import { createUser } from '@/db/seed/factories';
import { runService } from '@/scripts/service-context';
import { inviteFirstAdmin } from './invitations';
import { hashToken } from './tokens';

/** `npm run create-admin` runs the service exactly like this (scripts/create-admin.ts). */
function createAdmin(email: string, force = false) {
  return runService({ database: db(), service: inviteFirstAdmin, input: { email, force } });
}

function invitationsFor(email: string) {
  return db()
    .select()
    .from(invitations)
    .where(eq(sql`lower(${invitations.email})`, email))
    .orderBy(invitations.createdAt);
}

// Every test file has a database of its own, but these tests share one: each makes its own address,
// and the ones that need no active administrator run before the first one is created.
describe.sequential('create-admin, through the invitation service', () => {
  it('writes an admin invitation with no creator and no country, and audits it as the command', async () => {
    const created = await createAdmin('First.Admin@Example.test');
    const [row, ...others] = await invitationsFor('first.admin@example.test');
    expect(others).toEqual([]);
    expect(row).toMatchObject({ purpose: 'invite', role: 'admin', countryId: null, createdById: null });
    expect(row!.email).toBe('first.admin@example.test');
    // Only the hash is stored; the link printed at the terminal carries the token itself.
    expect(created.link).toMatch(/^https?:\/\/[^/]+\/invitation\/[\w-]+$/);
    expect(row!.tokenHash).toBe(hashToken(created.link.split('/').pop()!));
    expect(row!.expiresAt.toISOString()).toBe(created.expiresAt);
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    const [event] = await db().select().from(auditEvents).where(eq(auditEvents.entityId, row!.id));
    expect(event).toMatchObject({
      action: 'invitation.create',
      outcome: 'success',
      actorId: null,
      actorRole: null,
      entityType: 'invitation',
      countryId: null,
      ip: null,
      after: {
        email: 'first.admin@example.test',
        role: 'admin',
        expiresAt: created.expiresAt,
        via: 'create-admin command',
        forced: false,
      },
    });
  });

  it('replaces an invitation still open for the same address', async () => {
    await createAdmin('again@example.test');
    await createAdmin('again@example.test');
    const rows = await invitationsFor('again@example.test');
    expect(rows.map((row) => row.revokedAt === null)).toEqual([false, true]);
  });

  it('refuses an address that has an account, and writes nothing', async () => {
    const user = await createUser(db(), { role: 'secretariat', isActive: false });
    await expect(createAdmin(user.email.toUpperCase())).rejects.toMatchObject({ code: 'conflict:email' });
    expect(await invitationsFor(user.email)).toEqual([]);
  });

  it('refuses once an active administrator exists, unless forced', async () => {
    await createUser(db(), { role: 'admin' });
    await expect(createAdmin('second@example.test')).rejects.toMatchObject({ code: 'conflict:admin' });
    expect(await invitationsFor('second@example.test')).toEqual([]);

    await createAdmin('second@example.test', true);
    const [row] = await invitationsFor('second@example.test');
    const [event] = await db().select().from(auditEvents).where(eq(auditEvents.entityId, row!.id));
    expect(event!.after).toMatchObject({ forced: true });
  });
});

describe('a service run from a script', () => {
  it('has no one signed in, so a scoped permission is refused and its writes roll back', async () => {
    const email = 'scoped@example.test';
    const attempt = runService({
      database: db(),
      input: { email },
      service: async (ctx) => {
        await ctx.tx.insert(users).values({ email, name: 'Scoped', role: 'secretariat' });
        ctx.authorize('commitment.update', { countryId: 1 }, { type: 'commitment', id: 1 });
        return 'ran';
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'forbidden:commitment' });
    expect(await db().select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it('runs what the service leaves for after the commit, once it has committed', async () => {
    const email = 'after@example.test';
    const visibleAfterwards: number[] = [];
    await runService({
      database: db(),
      input: null,
      service: async (ctx) => {
        await ctx.tx.insert(users).values({ email, name: 'After', role: 'secretariat' });
        // Another connection of the pool sees the row only once the transaction has committed.
        ctx.afterCommit(async () => {
          visibleAfterwards.push((await db().select().from(users).where(eq(users.email, email))).length);
        });
      },
    });
    expect(visibleAfterwards).toEqual([1]);
  });
});
