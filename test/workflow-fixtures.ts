import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditEvents, countries, standards, type User } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { createUser } from '@/db/seed/factories';
import { ActionError, runInContext, type ActionContext } from '@/lib/actions/context';
import type { CurrentUser } from '@/lib/auth/session';

/**
 * Reference data (real countries, the Civil Society Standards) and one person per role, for workflow
 * tests, and a way to call a workflow service as one of them: in one transaction, with the same
 * context the action wrapper gives it (lib/actions/context.ts).
 */

/** The signed-in person a session for this user row would be. */
export function sessionUserOf(
  row: Pick<User, 'id' | 'email' | 'name' | 'role' | 'countryId' | 'sessionVersion'>,
): CurrentUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    countryId: row.countryId,
    isActive: true,
    totpEnabled: false,
    restricted: false,
    // Services never read the session record; the id only completes the claims.
    claims: {
      sub: row.id,
      sid: '00000000-0000-0000-0000-000000000000',
      sv: row.sessionVersion,
      at: Math.floor(Date.now() / 1000),
      amr: 'pwd',
    },
  };
}

export async function setUpWorkflow() {
  await seedDatabase(db(), { demo: false });
  const countryRows = await db().select({ id: countries.id, iso3: countries.iso3 }).from(countries);
  const countryId = (iso3: string) => countryRows.find((row) => row.iso3 === iso3)!.id;
  const standardRows = await db().select({ id: standards.id, code: standards.code }).from(standards);
  const standardId = (code: string) => standardRows.find((row) => row.code === code)!.id;
  const secretariat = sessionUserOf(await createUser(db(), { role: 'secretariat', name: 'Sam Secretariat' }));
  const secondSecretariat = sessionUserOf(await createUser(db(), { role: 'secretariat', name: 'Sasha Secretariat' }));
  const norway = sessionUserOf(
    await createUser(db(), { role: 'focal_point', countryId: countryId('NOR'), name: 'Nora Focal' }),
  );
  const mexico = sessionUserOf(
    await createUser(db(), { role: 'focal_point', countryId: countryId('MEX'), name: 'Mateo Focal' }),
  );
  return { countryId, standardId, secretariat, secondSecretariat, norway, mexico };
}

/** Calls a workflow service as `user`, with `input` as the action's schema would have parsed it. */
export function runAs<I, D>(
  user: CurrentUser,
  input: I,
  service: (ctx: ActionContext<I, CurrentUser>) => Promise<D>,
): Promise<D> {
  return runInContext({ user, input }, service);
}

/** The coded refusal a call ended in, with its details (field errors, message key, audit facts). */
export async function refusalOf(call: Promise<unknown>): Promise<{ code: string } & ActionError['details']> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ActionError) return { code: error.code, ...error.details };
    throw error;
  }
  throw new Error('expected the call to be refused');
}

export async function auditRowsFor(entityType: string, entityId: number) {
  return db()
    .select({
      action: auditEvents.action,
      actorId: auditEvents.actorId,
      before: auditEvents.before,
      after: auditEvents.after,
      countryId: auditEvents.countryId,
      ip: auditEvents.ip,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, String(entityId))))
    .orderBy(asc(auditEvents.id));
}
