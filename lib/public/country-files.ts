import 'server-only';
import { hasLocale } from 'next-intl';
import { getCachedCountryProfile } from '@/db/queries/public-cache';
import { routing } from '@/lib/i18n/routing';

/** The answer of a public file (feed, badge, share image) for a state or language that is not there. */
export function notFoundResponse(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * The published scorecard behind a state's badge and share image, or null when the address names no
 * state (any case: /countries/NOR/badge.svg works too) or a language the site does not have.
 */
export async function findCountryFileProfile(iso3: string, locale: string) {
  if (!/^[a-z]{3}$/i.test(iso3) || !hasLocale(routing.locales, locale)) return null;
  return getCachedCountryProfile(iso3.toUpperCase());
}
