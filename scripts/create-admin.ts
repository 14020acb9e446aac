import { and, eq, isNull, sql } from 'drizzle-orm';
import { closeDb, connect } from '@/db/client';
import { auditEvents, invitations, users } from '@/db/schema';
import { appOrigin, ONE_TIME_LINK_DAYS } from '@/lib/auth/config';
import { createLinkToken, hashToken } from '@/lib/auth/tokens';
import { parseEnv } from '@/lib/env';
import { fail, runMain } from './cli';
import { resolveDatabase } from './database';

/**
 * `npm run create-admin -- --email someone@example.org [--force]`
 *
 * The first administrator of a new install, without any default password: this prints a one-time link
 * (valid 7 days) with which that person chooses their own password; on first sign-in they must set up
 * two-factor sign-in. It refuses when an active administrator exists already (invite further admins
 * from the workspace), unless --force is given, for recovery when no admin can sign in any more.
 * Runs against DATABASE_URL, or the embedded PostgreSQL when it is not set.
 */

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

runMain(async () => {
  parseEnv(process.env);
  const email = argument('email')?.trim().toLowerCase();
  const force = process.argv.includes('--force');
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    fail("give the new administrator's e-mail address: npm run create-admin -- --email someone@example.org");
  }
  const database = await resolveDatabase((line) => console.log(line));
  const connection = connect(database.url, { max: 1 });
  try {
    const token = createLinkToken();
    const expiresAt = new Date(Date.now() + ONE_TIME_LINK_DAYS * 24 * 60 * 60 * 1000);
    await connection.db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, email));
      if (existing)
        throw new Error(
          `${email} already has an account; send that person a password reset from the workspace instead`,
        );
      const [admins] = await tx
        .select({ total: sql<number>`count(*)::int` })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.isActive, true)));
      if ((admins?.total ?? 0) > 0 && !force) {
        throw new Error(
          'an active administrator exists already: invite further administrators from the workspace (or add --force to recover access)',
        );
      }
      await tx
        .update(invitations)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(invitations.purpose, 'invite'),
            eq(sql`lower(${invitations.email})`, email),
            isNull(invitations.usedAt),
            isNull(invitations.revokedAt),
          ),
        );
      const [invitation] = await tx
        .insert(invitations)
        .values({
          purpose: 'invite',
          email,
          role: 'admin',
          countryId: null,
          tokenHash: hashToken(token),
          createdById: null,
          expiresAt,
        })
        .returning({ id: invitations.id });
      await tx
        .insert(auditEvents)
        .values({
          action: 'invitation.create',
          entityType: 'invitation',
          entityId: invitation!.id,
          after: {
            email,
            role: 'admin',
            expiresAt: expiresAt.toISOString(),
            via: 'create-admin command',
            forced: force,
          },
        });
    });
    console.log(`\nAn invitation for ${email} (administrator) is ready. Give this link to that person only:\n`);
    console.log(`  ${appOrigin()}/invitation/${token}\n`);
    console.log(
      `It works once, until ${expiresAt.toISOString()}. They choose their own password, then set up two-factor sign-in.`,
    );
  } finally {
    await connection.sql.end({ timeout: 5 });
    await closeDb();
    await database.stop();
  }
});
