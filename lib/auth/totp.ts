import 'server-only';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { requireAuthSecret } from '@/lib/env';

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 seconds, what every authenticator app
 * reads) and recovery codes.
 *
 * The shared secret is stored encrypted (AES-256-GCM, key derived from NEXTAUTH_SECRET with HKDF), so
 * a copy of the database alone does not let anyone produce codes. Rotating NEXTAUTH_SECRET therefore
 * makes existing enrolments unreadable: people then sign in with a recovery code and enrol again.
 */

const PERIOD = 30;
const DIGITS = 6;

function encryptionKey(): Buffer {
  return Buffer.from(hkdfSync('sha256', requireAuthSecret(), 'engagement-tracker', 'totp-secret-v1', 32));
}

export function encryptTotpSecret(base32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey(), iv);
  const sealed = Buffer.concat([cipher.update(base32, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `v1.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/** The base32 secret, or null when the stored value cannot be read (wrong key, tampered, malformed). */
export function decryptTotpSecret(stored: string | null): string | null {
  if (!stored) return null;
  const [version, ivText, sealedText] = stored.split('.');
  if (version !== 'v1' || !ivText || !sealedText) return null;
  try {
    const sealed = Buffer.from(sealedText, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', encryptionKey(), Buffer.from(ivText, 'base64url'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** A new 160-bit secret, base32 (RFC 4226 recommends 160 bits). */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(base32: string, label = '', issuer = '') {
  return new TOTP({
    issuer,
    label,
    issuerInLabel: false,
    secret: Secret.fromBase32(base32),
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD,
  });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri({ secret, account, issuer }: { secret: string; account: string; issuer: string }): string {
  return totp(secret, account, issuer).toString();
}

/** The current code; for tests and the enrolment check. */
export function currentTotpCode(secret: string, timestamp = Date.now()): string {
  return totp(secret).generate({ timestamp });
}

export function isTotpCodeShape(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/**
 * The time step the code belongs to, or null when it is wrong. One step either side is accepted, for
 * clocks that drift; the caller records the step so that a code cannot be used twice.
 */
export function matchTotpStep(secret: string, code: string, timestamp = Date.now()): number | null {
  const token = code.replace(/\s+/g, '');
  if (!isTotpCodeShape(token)) return null;
  const delta = totp(secret).validate({ token, timestamp, window: 1 });
  if (delta === null) return null;
  return Math.floor(timestamp / 1000 / PERIOD) + delta;
}

// ---------------------------------------------------------------------------------------------
// Recovery codes: ten, each 12 characters from a 31-character alphabet (about 59 bits), shown once.
// ---------------------------------------------------------------------------------------------

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/l/I, so that a code copied from paper reads back the same.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function createRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]!).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function isRecoveryCodeShape(code: string): boolean {
  return normalizeRecoveryCode(code).length === 12 && /^[a-z0-9-\s]+$/i.test(code.trim());
}

/** Codes carry about 59 random bits and sign-in attempts are limited, so a plain SHA-256 is enough to store them. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(`recovery:${normalizeRecoveryCode(code)}`)
    .digest('hex');
}
