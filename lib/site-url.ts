import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

/**
 * The public origin of the site, for absolute links that leave it (embed snippets, feeds, Open Graph).
 * NEXTAUTH_URL when configured, as it is the canonical public address; otherwise the request's host.
 */
export async function siteOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost:3000';
  const proto = list.get('x-forwarded-proto') ?? (host.startsWith('localhost') ? 'http' : 'https');
  return `${proto}://${host}`;
}
