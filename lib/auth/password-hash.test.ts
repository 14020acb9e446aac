import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hash';

describe('password hashing', () => {
  it('hashes with argon2id at 19 MiB and 2 passes, salted', async () => {
    const first = await hashPassword('demo-admin-correct-horse-42');
    const second = await hashPassword('demo-admin-correct-horse-42');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password only', async () => {
    const hashed = await hashPassword('demo-admin-correct-horse-42');
    expect(await verifyPassword(hashed, 'demo-admin-correct-horse-42')).toBe(true);
    expect(await verifyPassword(hashed, 'demo-admin-correct-horse-43')).toBe(false);
  });

  it('refuses a stored value that is not a hash', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
    expect(await verifyPassword('', '')).toBe(false);
  });
});
