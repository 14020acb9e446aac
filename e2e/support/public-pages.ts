/**
 * The public pages against the seeded demo data set, as the axe scan (public-scorecards.spec.ts) and
 * the phone check (phones.spec.ts) visit them, in every language.
 */

const hundredDaysAgo = new Date(Date.now() - 100 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

export const PUBLIC_PAGES = [
  '/',
  '/countries',
  '/countries/nor',
  '/countries/can',
  '/commitments/nor-2018-02',
  '/standards',
  // The demo framework, with its retired standard (the marks "Demo" and "Retired on …").
  '/standards?framework=demo',
  '/standards/css-1',
  '/standards/demo-4',
  '/methodology',
  '/data',
  // The record as of a day: with its commitments and what changed since (an archiving and verifications
  // have happened since, in the demo data), and for a day before any commitment was public.
  `/countries/mex/as-of/${hundredDaysAgo}`,
  '/countries/nor/as-of/2000-01-01',
];

/** `/fr` + `/countries`, and the home page as `/fr` rather than `/fr/`. */
export function localisedPath(prefix: string, path: string): string {
  return `${prefix}${path === '/' && prefix ? '' : path}`;
}
