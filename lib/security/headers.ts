/**
 * Security headers, in one place. next.config.ts applies the static ones to every response; proxy.ts
 * sets the Content-Security-Policy of the pages that get a per-request nonce, which next.config.ts leaves out.
 *
 * The CSP trade-off, made so that security does not quietly defeat speed:
 *
 * - Public pages (the embeddable cards too, which other sites may frame) share ONE policy WITHOUT a
 *   nonce; the API has a stricter one of its own, under which nothing runs at all. A nonce has
 *   to be in the HTML, so a page with one can never be served from a cache: every public page would
 *   render per request. Next.js writes its RSC payload as inline <script> tags, so without a nonce the
 *   only way to let them run is `script-src 'self' 'unsafe-inline'`. What that leaves exposed is
 *   small: public pages show only published data entered by the secretariat, React escapes all of it,
 *   no public page sets a cookie or holds a session-bearing form, and everything else in the policy
 *   (no plug-ins, no <base>, no framing but of the cards, forms only to us, no third-party origins at
 *   all) still holds.
 * - Signed-in pages (/workspace) and the sign-in pages (login, invitation, password reset) get a fresh
 *   nonce per request with 'strict-dynamic', and no 'unsafe-inline' for scripts. They render per
 *   request anyway (they depend on the session), so the nonce costs nothing there, and these are the
 *   pages where an injected script could act with someone's authority.
 * - Styles allow 'unsafe-inline' in both: React renders `style` attributes, which nonces cannot cover;
 *   CSS injection is far weaker than script injection, and script is what the policy holds tight.
 */

import { locales as appLocales } from '../i18n/routing';

export type HeaderPair = { key: string; value: string };

/**
 * Every function here takes the locale list, defaulting to the app's own, so that a test can add a
 * locale and see that its sign-in and workspace pages still get the nonce policy.
 */
type Locales = readonly string[];

/** Top-level sections that get the nonce policy (with or without a locale prefix). */
export const NONCE_SECTIONS = ['workspace', 'login', 'invitation', 'reset-password', 'forgot-password'] as const;

/** Sections that other sites may frame. */
export const EMBED_SECTIONS = ['embed'] as const;

/** Sections whose URL carries a one-time secret: no Referer header may leak it. */
export const SECRET_LINK_SECTIONS = ['invitation', 'reset-password'] as const;

function sectionOf(pathname: string, locales: Locales): string | undefined {
  const parts = pathname.split('/').filter(Boolean);
  const first = parts[0];
  return first && locales.includes(first) ? parts[1] : first;
}

export function isNonceRoute(pathname: string, locales: Locales = appLocales): boolean {
  return (NONCE_SECTIONS as readonly string[]).includes(sectionOf(pathname, locales) ?? '');
}

export function isSecretLinkRoute(pathname: string, locales: Locales = appLocales): boolean {
  return (SECRET_LINK_SECTIONS as readonly string[]).includes(sectionOf(pathname, locales) ?? '');
}

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => (values.length > 0 ? `${name} ${values.join(' ')}` : name))
    .join('; ');
}

function baseDirectives({ frameAncestors }: { frameAncestors: string[] }): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': frameAncestors,
    // No upgrade-insecure-requests: every resource is same-origin already, HSTS keeps production on
    // HTTPS, and the directive would break a production build served on http://localhost.
  };
}

// React's development build needs eval for its debugging aids; production never does.
const devEval = (production: boolean) => (production ? [] : ["'unsafe-eval'"]);

/** The shared policy for cacheable pages: no nonce (see above). */
export function publicContentSecurityPolicy({
  production,
  embeddable = false,
}: {
  production: boolean;
  embeddable?: boolean;
}): string {
  return serialize({
    ...baseDirectives({ frameAncestors: embeddable ? ['*'] : ["'none'"] }),
    'script-src': ["'self'", "'unsafe-inline'", ...devEval(production)],
  });
}

/** The per-request policy for signed-in and sign-in pages. */
export function nonceContentSecurityPolicy({ nonce, production }: { nonce: string; production: boolean }): string {
  return serialize({
    ...baseDirectives({ frameAncestors: ["'none'"] }),
    // 'strict-dynamic' lets the nonce'd Next.js runtime load its own chunks; 'self' is a fallback
    // for browsers without CSP 3 and is ignored by those that have it.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...devEval(production)],
  });
}

/** For JSON and files: nothing may run or be framed. */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers for every response. HSTS only in production (browsers ignore it over plain HTTP anyway). */
export function commonSecurityHeaders({ production }: { production: boolean }): HeaderPair[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value:
        'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'X-DNS-Prefetch-Control', value: 'off' },
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}

/**
 * next.config.ts `headers()` entries. Path patterns keep the three CSP variants apart, so that no
 * response ever carries two policies: pages in NONCE_SECTIONS get theirs from proxy.ts.
 */
export function securityHeaderRoutes({ production, locales = appLocales }: { production: boolean; locales?: Locales }) {
  const localePrefix = `(?:(?:${locales.join('|')})/)?`;
  const nonceOrEmbed = `${localePrefix}(?:${[...NONCE_SECTIONS, ...EMBED_SECTIONS].join('|')})(?:/|$)`;
  const csp = (value: string): HeaderPair => ({ key: 'Content-Security-Policy', value });
  return [
    { source: '/:path*', headers: commonSecurityHeaders({ production }) },
    // Pages: everything except the API, the nonce sections and the embeds.
    {
      source: `/((?!api/|${nonceOrEmbed}).*)`,
      headers: [csp(publicContentSecurityPolicy({ production })), { key: 'X-Frame-Options', value: 'DENY' }],
    },
    ...['', ...locales.map((locale) => `/${locale}`)].map((prefix) => ({
      source: `${prefix}/embed/:path*`,
      headers: [csp(publicContentSecurityPolicy({ production, embeddable: true }))],
    })),
    { source: '/api/:path*', headers: [csp(API_CONTENT_SECURITY_POLICY), { key: 'X-Frame-Options', value: 'DENY' }] },
  ];
}
