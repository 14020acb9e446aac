import type { Role } from '@/db/schema';
import { DEMO_ACCOUNTS, type DemoAccount } from '@/db/seed/demo-content';

/**
 * The demo accounts as the seed creates them on the test server's database: a password or a name changed
 * in the seed is changed here too.
 */

export type Credentials = Pick<DemoAccount, 'email' | 'password'>;

function findDemoAccount(role: Role, countryIso3: string | null = null): DemoAccount {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role && candidate.countryIso3 === countryIso3);
  if (!account) throw new Error(`The demo seed has no ${role} account${countryIso3 ? ` for ${countryIso3}` : ''}.`);
  return account;
}

export const demoAdmin = findDemoAccount('admin');
export const demoSecretariat = findDemoAccount('secretariat');

/** The focal point of a state, by its ISO 3166-1 alpha-3 code ('NOR'). */
export function demoFocalPoint(countryIso3: string): DemoAccount {
  return findDemoAccount('focal_point', countryIso3.toUpperCase());
}
