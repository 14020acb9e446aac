import { closeDb, connect } from '@/db/client';
import { ActionError } from '@/lib/actions/define-action';
import { inviteFirstAdmin } from '@/lib/auth/invitations';
import { parseEnv } from '@/lib/env';
import { fail, runMain } from './cli';
import { resolveDatabase } from './database';
import { runService } from './service-context';

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

/** What each refusal of the service means for the person at the terminal. */
function refusal(code: string, email: string): string | undefined {
  if (code === 'conflict:email')
    return `${email} already has an account; send that person a password reset from the workspace instead`;
  if (code === 'conflict:admin')
    return 'an active administrator exists already: invite further administrators from the workspace (or add --force to recover access)';
  return undefined;
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
    const invitation = await runService({
      database: connection.db,
      service: inviteFirstAdmin,
      input: { email, force },
    }).catch((error: unknown) => {
      const message = error instanceof ActionError ? refusal(error.code, email) : undefined;
      throw message ? new Error(message) : error;
    });
    console.log(`\nAn invitation for ${email} (administrator) is ready. Give this link to that person only:\n`);
    console.log(`  ${invitation.link}\n`);
    console.log(
      `It works once, until ${invitation.expiresAt}. They choose their own password, then set up two-factor sign-in.`,
    );
  } finally {
    await connection.sql.end({ timeout: 5 });
    await closeDb();
    await database.stop();
  }
});
