import { db } from '@/db/client';
import { countries } from '@/db/schema';
import { createCountry } from '@/db/seed/factories';
import { allIsoAlpha3 } from '@/lib/iso-countries';
import { ADMIN_ONLY, type Matrix } from './matrix';

/** Countries are reference data: only admins add a state or change its region. */

/** A real ISO code no state in the database holds yet, so that an allowed call can succeed. */
async function unusedIsoCode(): Promise<string> {
  const held = new Set((await db().select({ iso3: countries.iso3 }).from(countries)).map((row) => row.iso3));
  const code = allIsoAlpha3().find((iso3) => !held.has(iso3));
  if (!code) throw new Error('every ISO 3166-1 code is already held');
  return code;
}

export const referenceCountriesMatrix: Matrix = {
  'app/[locale]/workspace/reference/countries/actions.ts#addCountryAction': {
    allowed: ADMIN_ONLY,
    setup: async () => ({ isoCode: await unusedIsoCode(), regionCode: '150' }),
  },
  'app/[locale]/workspace/reference/countries/actions.ts#changeCountryRegionAction': {
    allowed: ADMIN_ONLY,
    setup: async () => {
      const country = await createCountry(db(), { regionCode: '150' });
      return { id: String(country.id), version: String(country.version), regionCode: '142' };
    },
  },
};
