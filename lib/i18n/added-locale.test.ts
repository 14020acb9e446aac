import { buildCustomRoute } from 'next/dist/lib/build-custom-route';
import { resolveRobots } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data';
import { describe, expect, it } from 'vitest';
import { robotsRules } from '@/lib/robots';
import { isNonceRoute, isSecretLinkRoute, securityHeaderRoutes } from '@/lib/security/headers';
import { locales, routing } from './routing';

/**
 * The locale list lives in routing.ts alone; the CSP routes, the proxy's nonce check and robots.txt
 * derive from it. Each check runs on the real list and on a copy with one more locale, which is what
 * adding a language does: if any of them kept a list of its own, the new language's sign-in and
 * workspace pages would get the public policy (inline scripts allowed) and be open to crawlers.
 */
const withGerman = [...locales, 'de'];

/** The Content-Security-Policy values next.config.ts sends for a path, matched as Next.js matches them. */
function configPolicies(pathname: string, list: readonly string[]): string[] {
  return securityHeaderRoutes({ production: true, locales: list })
    .map((route) => buildCustomRoute('header', route))
    .filter((route) => new RegExp(route.regex).test(pathname))
    .flatMap((route) => route.headers.filter((header) => header.key === 'Content-Security-Policy'))
    .map((header) => header.value);
}

describe.each([
  { name: 'the app’s locales', list: locales, added: 'fr' },
  { name: 'a copy with one more locale', list: withGerman, added: 'de' },
])('on $name', ({ list, added }) => {
  it.each(['workspace', 'workspace/users', 'login', 'invitation/abc', 'reset-password/abc', 'forgot-password'])(
    `/${added}/%s gets the per-request nonce policy and no public one`,
    (section) => {
      const pathname = `/${added}/${section}`;
      expect(isNonceRoute(pathname, list)).toBe(true);
      // next.config.ts must leave these pages to proxy.ts, or the response would carry two policies.
      expect(configPolicies(pathname, list)).toEqual([]);
    },
  );

  it(`/${added}/invitation and /${added}/reset-password send no Referer`, () => {
    expect(isSecretLinkRoute(`/${added}/invitation/abc`, list)).toBe(true);
    expect(isSecretLinkRoute(`/${added}/reset-password/abc`, list)).toBe(true);
    expect(isSecretLinkRoute(`/${added}/login`, list)).toBe(false);
  });

  it(`/${added}/countries gets the public policy and /${added}/embed the embeddable one`, () => {
    expect(isNonceRoute(`/${added}/countries`, list)).toBe(false);
    const [pagePolicy, ...others] = configPolicies(`/${added}/countries`, list);
    expect(others).toEqual([]);
    expect(pagePolicy).toContain("'unsafe-inline'");
    expect(pagePolicy).toContain("frame-ancestors 'none'");
    expect(configPolicies(`/${added}/embed/countries/nor`, list)).toEqual([
      expect.stringContaining('frame-ancestors *'),
    ]);
  });

  it(`robots.txt keeps crawlers out of /${added}/workspace`, () => {
    expect(robotsRules({ locales: list }).rules).toMatchObject({
      disallow: expect.arrayContaining([`/${added}/workspace`]),
    });
  });
});

describe('a path whose first segment is not a locale', () => {
  it('is read as a section of its own', () => {
    expect(isNonceRoute('/de/workspace')).toBe(false);
    expect(isNonceRoute('/workspace')).toBe(true);
    expect(configPolicies('/de/workspace', locales)).toHaveLength(1);
  });
});

describe('robots.txt', () => {
  it('says what it said as a static file: all allowed but the workspace, once per URL prefix', () => {
    expect(routing.defaultLocale).toBe('en');
    expect(resolveRobots(robotsRules())).toBe(
      'User-Agent: *\nAllow: /\nDisallow: /workspace\nDisallow: /fr/workspace\nDisallow: /es/workspace\nDisallow: /ar/workspace\nDisallow: /zh/workspace\nDisallow: /ru/workspace\n\n',
    );
  });
});
