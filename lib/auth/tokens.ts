import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the system's CSPRNG, URL-safe: the secret part of a one-time link. */
export function createLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256. A token has 256 bits, so no salt or stretching is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A link token has exactly this shape; anything else is refused before the database is asked. */
export function isLinkTokenShape(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
