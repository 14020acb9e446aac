import { appOrigin } from '@/lib/auth/config';
import { env } from '@/lib/env';

/**
 * RFC 9116 security.txt: whom to tell about a vulnerability. The contact is SECURITY_CONTACT (a
 * mailto: or https: URI); without it, security@ the site's own host. Expires is always half a year
 * ahead, so the file never goes stale on an install nobody remembers to update.
 */
export const dynamic = 'force-dynamic';

export function GET() {
  const origin = appOrigin();
  const contact = env().SECURITY_CONTACT ?? `mailto:security@${new URL(origin).hostname}`;
  const expires = new Date(Date.now() + 182 * 24 * 3600 * 1000);
  expires.setUTCHours(0, 0, 0, 0);
  const body = [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString()}`,
    'Preferred-Languages: en, fr, es',
    `Canonical: ${origin}/.well-known/security.txt`,
    '',
  ].join('\n');
  return new Response(body, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  });
}
