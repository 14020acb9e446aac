import 'server-only';
import { fail } from '@/lib/actions/define-action';
import { hashPassword, verifyPassword } from './password-hash';
import { checkPassword, normalizePassword } from './password-policy';

/**
 * Refuses a new password that breaks a rule, naming the rule on the field; otherwise returns its hash.
 * Every place that sets a password goes through here, so the rules cannot be skipped.
 */
export async function hashAcceptablePassword({
  field,
  password,
  email,
}: {
  field: string;
  password: string;
  email: string;
}): Promise<string> {
  const problem = checkPassword(password, { email });
  if (problem) {
    const { rule, ...values } = problem;
    fail('validation', { fieldErrors: { [field]: [{ key: `password.${rule}`, values }] } });
  }
  return hashPassword(normalizePassword(password));
}

export async function isCurrentPassword(passwordHash: string | null, password: string): Promise<boolean> {
  return passwordHash !== null && (await verifyPassword(passwordHash, normalizePassword(password)));
}
