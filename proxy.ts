import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { env } from '@/lib/env';
import { oversizeBodyResponse } from '@/lib/http/body-limit';
import { routing } from '@/lib/i18n/routing';
import { isNonceRoute, isSecretLinkRoute, nonceContentSecurityPolicy } from '@/lib/security/headers';

// Locale routing, plus two conveniences for the signed-in pages. This is never a security boundary:
// every page, action and route handler checks the session and permissions itself.
const handleLocale = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // Too large a body is refused before anything reads it (lib/http/body-limit.ts).
  const oversize = oversizeBodyResponse({
    method: request.method,
    headers: request.headers,
    pathname: request.nextUrl.pathname,
  });
  if (oversize) return oversize;
  const headers = new Headers(request.headers);
  // The page's own path, so that a page that needs a session can send the person to sign in and back.
  // Only ever used as a sanitised callbackUrl; a client-sent value is overwritten here.
  headers.set('x-request-path', `${request.nextUrl.pathname}${request.nextUrl.search}`);

  // Signed-in and sign-in pages get a per-request CSP nonce (see lib/security/headers.ts for why only
  // these). Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  let csp: string | null = null;
  if (isNonceRoute(request.nextUrl.pathname)) {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
    csp = nonceContentSecurityPolicy({ nonce, production: env().NODE_ENV === 'production' });
    headers.set('content-security-policy', csp);
    headers.set('x-nonce', nonce);
  } else {
    headers.delete('x-nonce');
  }

  const response = viewWithQuery(request, handleLocale(new NextRequest(request, { headers })));
  if (csp) response.headers.set('content-security-policy', csp);
  // These URLs carry a one-time secret: no Referer may carry it anywhere, not even to our own pages.
  if (isSecretLinkRoute(request.nextUrl.pathname)) response.headers.set('referrer-policy', 'no-referrer');
  return response;
}

// After the locale middleware every path has its locale, the default one included (/en/countries).
const localizedCountries = new RegExp(`^/(${routing.locales.join('|')})/countries/?$`);

/**
 * `/countries` is cached whole, so its page must not read the query. A request for it with a query (a
 * sorted or filtered view) is rewritten to `/countries/view`, which reads the query and is rendered per
 * request; the address in the browser stays the same.
 */
function viewWithQuery(request: NextRequest, response: NextResponse): NextResponse {
  if (!request.nextUrl.search || response.headers.has('location')) return response;
  const target = new URL(response.headers.get('x-middleware-rewrite') ?? request.nextUrl.href);
  const match = localizedCountries.exec(target.pathname);
  if (!match) return response;
  target.pathname = `/${match[1]}/countries/view`;
  const rewritten = NextResponse.rewrite(target);
  // Keep what the locale middleware set (request header overrides, cookies, alternate links).
  response.headers.forEach((value, key) => {
    if (key !== 'x-middleware-next' && key !== 'x-middleware-rewrite') rewritten.headers.set(key, value);
  });
  return rewritten;
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
