/**
 * Where to go after signing in. Only a path on our own site is ever followed: anything absolute,
 * protocol-relative (`//evil.example`), backslashed (`/\evil.example`, which browsers read as `//`),
 * or carrying control characters falls back to the default. Safe to use in client components.
 */

const PLACEHOLDER_ORIGIN = 'http://same-site.invalid';

export function safeCallbackPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, PLACEHOLDER_ORIGIN);
    if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
    // The API is not a page to land on (and next-auth's own endpoints would act on the visit).
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** For next-auth's redirect callback: an absolute URL on `origin`, or the origin's root. */
export function safeRedirectUrl(url: string, origin: string): string {
  if (url.startsWith('/')) return `${origin}${safeCallbackPath(url, '/')}`;
  try {
    const parsed = new URL(url);
    if (parsed.origin === origin)
      return `${origin}${safeCallbackPath(`${parsed.pathname}${parsed.search}${parsed.hash}`, '/')}`;
  } catch {
    // fall through
  }
  return origin;
}
