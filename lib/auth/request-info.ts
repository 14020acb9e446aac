import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerValue(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name] ?? source[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The client's address, for per-address rate limits and the audit log.
 *
 * Behind TRUST_PROXY reverse proxies, each appends the address it saw to X-Forwarded-For, so the
 * client is the entry TRUST_PROXY places from the right (or the left-most, when the request passed
 * fewer proxies); entries further left are whatever the client sent and are not trusted.
 *
 * Served directly (TRUST_PROXY=0, the default) no header is trusted, and Next.js gives app code no
 * socket address: it only writes the socket's address into X-Forwarded-For when the client sent none,
 * and a client can send one. So no address is known (null): per-address limits do not apply and the
 * audit log records none, and the per-account limits, which an address cannot evade, still hold.
 */
export function clientIpFrom(source: HeaderSource, trustedHops = env().TRUST_PROXY): string | null {
  if (trustedHops === 0) return null;
  const entries = (headerValue(source, 'x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const candidate = entries.length > 0 ? entries[entries.length - Math.min(trustedHops, entries.length)] : undefined;
  const address = candidate ?? headerValue(source, 'x-real-ip')?.trim();
  if (!address) return null;
  // Keep only characters an IPv4 or IPv6 address can have, so that nothing odd reaches the log.
  return /^[0-9a-fA-F:.]{2,45}$/.test(address) ? address : null;
}

export async function requestIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch {
    // Outside a request (a script), there is no client.
    return null;
  }
}
