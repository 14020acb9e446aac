import 'server-only';
import { headers } from 'next/headers';

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerValue(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name] ?? source[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The client's address, for per-address rate limits and the audit log. The app runs behind a reverse
 * proxy, which appends the address it saw to X-Forwarded-For; that is the right-most entry (Next.js
 * itself fills the header with the socket's address when it is absent). Entries further left are
 * whatever the client sent and are not trusted. Served directly, without a proxy, a client can choose
 * this value, so per-address limits then only add to the per-account ones, which they cannot evade.
 */
export function clientIpFrom(source: HeaderSource): string | null {
  const forwarded = headerValue(source, 'x-forwarded-for');
  const last = forwarded
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  const candidate = last ?? headerValue(source, 'x-real-ip')?.trim();
  if (!candidate) return null;
  // Keep only characters an IPv4 or IPv6 address can have, so that nothing odd reaches the log.
  return /^[0-9a-fA-F:.]{2,45}$/.test(candidate) ? candidate : null;
}

export async function requestIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch {
    // Outside a request (a script), there is no client.
    return null;
  }
}
