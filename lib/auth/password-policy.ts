import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy-limits';

/**
 * Password rules after NIST SP 800-63B-4 (§3.1.1.2): a minimum length of 15, at least 64 allowed (we
 * allow 256; the cap only keeps hashing cheap), every printable character and space allowed, no
 * composition rules, nothing cut off, pasting allowed (the forms do nothing to stop it). A password
 * is refused when it is on a list of common passwords (zxcvbn-ts's offline list of about 49,000), is
 * one of them with digits or symbols around it, repeats a short pattern, or contains the person's
 * e-mail name or the name of the service. Each refusal says which rule it broke.
 */

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export type PasswordProblem =
  | { rule: 'tooShort'; min: number; length: number }
  | { rule: 'tooLong'; max: number }
  | { rule: 'common' }
  | { rule: 'repetitive' }
  | { rule: 'containsEmail' }
  | { rule: 'containsAppName' };

// Words specific to this service (NIST's "context-specific words"), compared without spaces or case.
const CONTEXT_WORDS = ['engagementtracker', 'engagement', 'communityofdemocracies'];

let commonPasswords: Set<string> | undefined;

function isCommon(candidate: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(candidate);
}

/** Unicode NFKC, as NIST asks, so that the same password typed on two keyboards hashes the same. */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Length in characters (code points), not UTF-16 units, so an emoji counts once. */
export function passwordLength(password: string): number {
  return [...password].length;
}

function isRepetitive(password: string): boolean {
  const chars = [...password.toLowerCase()];
  if (new Set(chars).size <= 3) return true;
  // Mostly runs up or down the alphabet or the digits: "123456789012345", "abcdefghijklmnop".
  const codes = chars.map((char) => char.codePointAt(0)!);
  const steps = codes.slice(1).filter((code, index) => Math.abs(code - codes[index]!) <= 1).length;
  if (steps >= (chars.length - 1) * 0.8) return true;
  // The whole password is one short unit repeated: "abcabcabcabcabc", "passwordpassword".
  for (let unit = 1; unit <= chars.length / 2; unit += 1) {
    if (chars.length % unit !== 0) continue;
    const head = chars.slice(0, unit).join('');
    if (head.repeat(chars.length / unit) === chars.join('')) return true;
  }
  return false;
}

function emailNames(email: string | undefined): string[] {
  const local = email?.split('@')[0]?.toLowerCase() ?? '';
  const parts = local.split(/[^a-z0-9]+/).filter((part) => part.length >= 4);
  return [...new Set([local.length >= 3 ? local : '', ...parts].filter(Boolean))];
}

/** The first rule the password breaks, or null when it is acceptable. */
export function checkPassword(rawPassword: string, context: { email?: string } = {}): PasswordProblem | null {
  const password = normalizePassword(rawPassword);
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return { rule: 'tooShort', min: PASSWORD_MIN_LENGTH, length };
  if (length > PASSWORD_MAX_LENGTH) return { rule: 'tooLong', max: PASSWORD_MAX_LENGTH };

  const lower = password.toLowerCase();
  const compact = lower.replace(/[\s\p{P}\p{S}_]+/gu, '');
  // "password1234567" and "!!qwerty2024!!" are common passwords with padding around them.
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (isCommon(lower) || isCommon(compact) || (core.length > 0 && isCommon(core))) return { rule: 'common' };
  if (isRepetitive(password)) return { rule: 'repetitive' };
  if (emailNames(context.email).some((name) => lower.includes(name) || compact.includes(name)))
    return { rule: 'containsEmail' };
  if (CONTEXT_WORDS.some((word) => compact.includes(word))) return { rule: 'containsAppName' };
  return null;
}
