import 'server-only';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { appOrigin, ONE_TIME_LINK_DAYS } from './config';
import { createLinkToken, hashToken } from './tokens';

/** A new one-time link: the token goes in the URL, its hash in the database. */
export function createOneTimeLink({
  purpose,
  locale,
  now = new Date(),
}: {
  purpose: 'invite' | 'reset';
  locale: Locale;
  now?: Date;
}) {
  const token = createLinkToken();
  const path = purpose === 'invite' ? `/invitation/${token}` : `/reset-password/${token}`;
  return {
    token,
    tokenHash: hashToken(token),
    url: `${appOrigin()}${getPathname({ href: path, locale })}`,
    expiresAt: new Date(now.getTime() + ONE_TIME_LINK_DAYS * 24 * 60 * 60 * 1000),
  };
}

export type LinkState = 'valid' | 'unknown' | 'used' | 'revoked' | 'expired';

/** Why a link can or cannot be used, in the order a person would want to know it. */
export function linkState(
  row: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null,
  now = new Date(),
): LinkState {
  if (!row) return 'unknown';
  if (row.usedAt) return 'used';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'valid';
}
