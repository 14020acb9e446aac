import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditEvents, countries, standards } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { createUser } from '@/db/seed/factories';
import type { Actor } from '@/lib/workflow';

/** Reference data (real countries, the Civil Society Standards) and one person per role, for workflow tests. */
export async function setUpWorkflow() {
  await seedDatabase(db(), { demo: false });
  const countryRows = await db().select({ id: countries.id, iso3: countries.iso3 }).from(countries);
  const countryId = (iso3: string) => countryRows.find((row) => row.iso3 === iso3)!.id;
  const standardRows = await db().select({ id: standards.id, code: standards.code }).from(standards);
  const standardId = (code: string) => standardRows.find((row) => row.code === code)!.id;
  const actorOf = (user: { id: string; role: Actor['role']; countryId: number | null }): Actor => ({
    id: user.id,
    role: user.role,
    countryId: user.countryId,
  });
  const secretariat = actorOf(await createUser(db(), { role: 'secretariat', name: 'Sam Secretariat' }));
  const secondSecretariat = actorOf(await createUser(db(), { role: 'secretariat', name: 'Sasha Secretariat' }));
  const norway = actorOf(
    await createUser(db(), { role: 'focal_point', countryId: countryId('NOR'), name: 'Nora Focal' }),
  );
  const mexico = actorOf(
    await createUser(db(), { role: 'focal_point', countryId: countryId('MEX'), name: 'Mateo Focal' }),
  );
  return { countryId, standardId, secretariat, secondSecretariat, norway, mexico };
}

export async function auditRowsFor(entityType: string, entityId: number) {
  return db()
    .select({
      action: auditEvents.action,
      actorId: auditEvents.actorId,
      before: auditEvents.before,
      after: auditEvents.after,
      countryId: auditEvents.countryId,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, String(entityId))))
    .orderBy(asc(auditEvents.id));
}
