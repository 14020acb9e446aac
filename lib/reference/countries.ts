import 'server-only';
import type { z } from 'zod';
import {
  findCountryByCodes,
  insertCountry,
  lockCountry,
  updateCountryRegion,
  type CountryRow,
} from '@/db/queries/reference-countries';
import { fail, type ActionContext } from '@/lib/actions/context';
import type { CurrentUser } from '@/lib/auth/session';
import { regionNameOf } from '@/lib/regions';
import type { addCountrySchema, changeCountryRegionSchema } from '@/lib/validation/country';
import { failConflict } from '@/lib/workflow/failures';
import type { Refresh } from '@/lib/workflow/refresh';

/**
 * The states the tracker knows. A state is added by its ISO code (the list in lib/iso-countries.ts
 * gives its other codes and its English name) with its M49 region, and never deleted: a state with no
 * membership events is simply not a member, and its history stays where the public read it.
 */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

export type CountryWritten = { country: CountryRow; refresh: Refresh };

export async function addCountry(ctx: Ctx<typeof addCountrySchema>): Promise<CountryWritten> {
  const { tx, input } = ctx;
  ctx.authorize('country.manage', { countryId: null }, { type: 'country', id: input.isoCode.iso3 });
  const { iso2, iso3, name } = input.isoCode;
  const values = { iso2, iso3, name, regionCode: input.regionCode };
  const taken = () =>
    fail('validation', { fieldErrors: { isoCode: [{ key: 'errors.countryExists', values: { iso3 } }] } });
  if (await findCountryByCodes({ executor: tx, iso2, iso3 })) taken();
  const country = (await insertCountry({ executor: tx, values })) ?? taken();
  await ctx.audit({
    action: 'country.create',
    entityType: 'country',
    entityId: country.id,
    countryId: country.id,
    before: null,
    after: country,
  });
  // Listed (and drawn) once it has membership events; the countries list and API show every state's row.
  return { country, refresh: { countries: [iso3] } };
}

export async function changeCountryRegion(ctx: Ctx<typeof changeCountryRegionSchema>): Promise<CountryWritten> {
  const { tx, input } = ctx;
  const before = await lockCountry({ executor: tx, id: input.id });
  ctx.authorize('country.manage', before && { countryId: null }, { type: 'country', id: input.id });
  const stale = (current: CountryRow) =>
    failConflict('country', ['regionCode'], {
      regionCode: `${regionNameOf(current.regionCode)} (${current.regionCode})`,
    });
  if (before!.version !== input.version) stale(before!);
  const country =
    (await updateCountryRegion({ executor: tx, id: input.id, version: input.version, regionCode: input.regionCode })) ??
    stale(before!);
  await ctx.audit({
    action: 'country.update',
    entityType: 'country',
    entityId: country.id,
    countryId: country.id,
    before,
    after: country,
  });
  return { country, refresh: { countries: [country.iso3] } };
}
