import 'server-only';
import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { db, type Executor } from '@/db/client';
import { countries } from '@/db/schema';

export type PublicCountry = { id: number; iso3: string; iso2: string; name: string; region: string };

/**
 * The one row a country page needs before it renders anything: whether the code names a country.
 * Country pages check it in their layout, above the loading boundary, so that an unknown code is
 * answered with a real 404 status rather than a streamed "not found" under a 200.
 * Wrapped in React's `cache` so the layout and the page share one query per request.
 */
export const findCountryByIso3 = cache(async function findCountryByIso3({
  iso3,
  executor = db(),
}: {
  iso3: string;
  executor?: Executor;
}): Promise<PublicCountry | null> {
  if (!/^[A-Za-z]{3}$/.test(iso3)) return null;
  const [row] = await executor
    .select({ id: countries.id, iso3: countries.iso3, iso2: countries.iso2, name: countries.name, region: countries.region })
    .from(countries)
    .where(eq(countries.iso3, iso3.toUpperCase()));
  return row ?? null;
});
