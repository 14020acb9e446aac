import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

describe('password rules (NIST SP 800-63B-4)', () => {
  it('accepts a long passphrase with no composition rules', () => {
    expect(checkPassword('glacier quarterly umbrella tractor')).toBeNull();
    expect(checkPassword('all lowercase words here ok')).toBeNull();
  });

  it('needs at least 15 characters, counted as characters rather than UTF-16 units', () => {
    expect(checkPassword('fourteen chars')).toEqual({ rule: 'tooShort', min: PASSWORD_MIN_LENGTH, length: 14 });
    expect(checkPassword('fifteen chars!!')).toBeNull();
    // Fourteen emoji are 28 UTF-16 units but still 14 characters.
    expect(checkPassword('🦊🐻🐼🦁🐯🐨🐸🐙🦉🦄🐝🐢🐬🦓')).toMatchObject({ rule: 'tooShort', length: 14 });
  });

  it('allows at least 64 characters and refuses only beyond 256, without cutting anything off', () => {
    const long = 'tundra ' + 'x9Qm'.repeat(15) + ' harbour lantern';
    expect([...long].length).toBeGreaterThan(64);
    expect(checkPassword(long)).toBeNull();
    expect(checkPassword('p'.repeat(PASSWORD_MAX_LENGTH) + 'q')).toEqual({ rule: 'tooLong', max: PASSWORD_MAX_LENGTH });
  });

  it('refuses passwords from the common-password list, also with padding around them', () => {
    expect(checkPassword('passwordpassword')).toMatchObject({ rule: 'common' });
    expect(checkPassword('1qaz2wsx3edc4rfv')).toMatchObject({ rule: 'common' });
    expect(checkPassword('password12345678')).toMatchObject({ rule: 'common' });
    expect(checkPassword('!!!Sunshine2024!!!')).toMatchObject({ rule: 'common' });
  });

  it('refuses repeated and sequential characters', () => {
    expect(checkPassword('aaaaaaaaaaaaaaaaaa')).toMatchObject({ rule: 'repetitive' });
    expect(checkPassword('abcabcabcabcabcabc')).toMatchObject({ rule: 'repetitive' });
    expect(checkPassword('123456789012345')).toMatchObject({ rule: 'repetitive' });
  });

  it("refuses a password containing the person's e-mail name", () => {
    expect(checkPassword('my name is ana.perez ok', { email: 'ana.perez@example.org' })).toEqual({
      rule: 'containsEmail',
    });
    expect(checkPassword('Perez-at-the-harbour-99', { email: 'ana.perez@example.org' })).toEqual({
      rule: 'containsEmail',
    });
    expect(checkPassword('glacier quarterly umbrella tractor', { email: 'ana.perez@example.org' })).toBeNull();
  });

  it("refuses a password containing the service's name", () => {
    expect(checkPassword('my Engagement Tracker login')).toEqual({ rule: 'containsAppName' });
    expect(checkPassword('engagement-2024-secret-blue')).toEqual({ rule: 'containsAppName' });
  });

  it('treats the same password typed in two normal forms as the same (NFKC)', () => {
    const composed = 'café crème brûlée lune';
    const decomposed = composed.normalize('NFD');
    expect(checkPassword(decomposed)).toEqual(checkPassword(composed));
  });
});
