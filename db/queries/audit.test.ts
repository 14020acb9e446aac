import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { createCountry, createUser } from '@/db/seed/factories';
import { listAuditActions, listAuditEvents, recordAuditEvent } from './audit';

/** The database's own message, under drizzle's "Failed query" wrapper. */
async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
  return 'no error';
}

describe('audit log', () => {
  it("cannot be changed or deleted by the app's own database role", async () => {
    await recordAuditEvent({ event: { action: 'test.append_only', after: { n: 1 } } });
    const [row] = await db().select().from(auditEvents).where(eq(auditEvents.action, 'test.append_only'));
    expect(
      await refusal(() => db().update(auditEvents).set({ action: 'test.tampered' }).where(eq(auditEvents.id, row!.id))),
    ).toMatch(/append-only: UPDATE/);
    expect(await refusal(() => db().delete(auditEvents).where(eq(auditEvents.id, row!.id)))).toMatch(
      /append-only: DELETE/,
    );
    expect(await refusal(() => db().execute('truncate audit_events'))).toMatch(/append-only: TRUNCATE/);
    const [still] = await db().select().from(auditEvents).where(eq(auditEvents.id, row!.id));
    expect(still).toMatchObject({ action: 'test.append_only', after: { n: 1 } });
  });

  it('filters by actor, action, country and date, newest first, one page at a time', async () => {
    const country = await createCountry(db());
    const actor = await createUser(db(), { role: 'secretariat' });
    const other = await createUser(db(), { role: 'secretariat' });
    for (let i = 0; i < 7; i += 1) {
      await recordAuditEvent({
        event: {
          action: 'test.filter',
          actorId: actor.id,
          actorRole: 'secretariat',
          countryId: country.id,
          after: { i },
        },
      });
    }
    await recordAuditEvent({ event: { action: 'test.filter', actorId: other.id, actorRole: 'secretariat' } });
    await recordAuditEvent({
      event: { action: 'test.other', actorId: actor.id, actorRole: 'secretariat', countryId: country.id },
    });

    const first = await listAuditEvents({
      filters: { actorId: actor.id, action: 'test.filter', countryId: country.id },
      page: 1,
      pageSize: 5,
    });
    expect(first.total).toBe(7);
    expect(first.rows).toHaveLength(5);
    expect(first.rows.map((row) => (row.after as { i: number }).i)).toEqual([6, 5, 4, 3, 2]);
    expect(first.rows[0]).toMatchObject({ actorName: actor.name, countryName: country.name });
    const second = await listAuditEvents({
      filters: { actorId: actor.id, action: 'test.filter', countryId: country.id },
      page: 2,
      pageSize: 5,
    });
    expect(second.rows.map((row) => (row.after as { i: number }).i)).toEqual([1, 0]);

    const future = new Date(Date.now() + 60_000);
    expect((await listAuditEvents({ filters: { action: 'test.filter', from: future } })).total).toBe(0);
    expect((await listAuditEvents({ filters: { action: 'test.filter', to: future } })).total).toBe(8);
    expect(await listAuditActions()).toEqual(expect.arrayContaining(['test.filter', 'test.other']));
  });
});
