import { describe, expect, it } from 'vitest';
import { safeCallbackPath, safeRedirectUrl } from './callback-url';

describe('callbackUrl only ever leads to our own site', () => {
  const fallback = '/workspace';

  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeCallbackPath('/workspace/users?x=1#top', fallback)).toBe('/workspace/users?x=1#top');
    expect(safeCallbackPath('/fr/workspace', fallback)).toBe('/fr/workspace');
  });

  it.each([
    'https://evil.example/workspace',
    '//evil.example/workspace',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    ' /workspace',
    '/work\tspace',
    '/api/auth/signout',
    'workspace',
    '',
    undefined,
    ['/workspace'],
  ])('refuses %j', (value) => {
    expect(safeCallbackPath(value, fallback)).toBe(fallback);
  });

  it('gives next-auth an absolute URL on our origin only', () => {
    const origin = 'https://tracker.example.org';
    expect(safeRedirectUrl('/workspace', origin)).toBe('https://tracker.example.org/workspace');
    expect(safeRedirectUrl('https://tracker.example.org/fr/login?x=1', origin)).toBe(
      'https://tracker.example.org/fr/login?x=1',
    );
    expect(safeRedirectUrl('https://evil.example/login', origin)).toBe(origin);
    expect(safeRedirectUrl('https://tracker.example.org.evil.example/', origin)).toBe(origin);
    expect(safeRedirectUrl('//evil.example', origin)).toBe('https://tracker.example.org/');
  });
});
