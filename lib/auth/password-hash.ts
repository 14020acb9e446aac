import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * Password hashing: argon2id with OWASP's recommended floor (19 MiB, 2 passes, 1 lane). No
 * 'server-only' here: the seed, which runs under tsx, creates the demo accounts with it.
 */

// `Algorithm` is an ambient const enum, which isolated modules cannot read at runtime; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

/** False for a wrong password and for a stored value that is not an argon2 hash: fails closed. */
export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}
