import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { countries } from '@/db/schema';
import { createCountry, createUser } from '@/db/seed/factories';
import { listCountries } from '@/db/queries/countries';
import type { CurrentUser } from '@/lib/auth/session';
import { addCountrySchema, changeCountryRegionSchema } from '@/lib/validation/country';
import { auditRowsFor, refusalOf, runAs, sessionUserOf, setUpWorkflow } from '@/test/workflow-fixtures';
import { addCountry, changeCountryRegion } from './countries';

let admin: CurrentUser;
let w: Awaited<ReturnType<typeof setUpWorkflow>>;
beforeAll(async () => {
  w = await setUpWorkflow();
  admin = sessionUserOf(await createUser(db(), { role: 'admin', name: 'Ada Admin' }));
});

const add = (user: CurrentUser, input: Record<string, unknown>) =>
  runAs(user, addCountrySchema.parse(input), addCountry);
const issuesOf = (input: Record<string, unknown>) =>
  addCountrySchema.safeParse(input).error?.issues.map((issue) => ({ path: issue.path, message: issue.message }));

describe('adding a state', () => {
  it('takes an ISO code in either form and any case, names the state from the ISO list, and audits it', async () => {
    const { country, refresh } = await add(admin, { isoCode: 'ukr', regionCode: '150' });
    expect(country).toMatchObject({ iso3: 'UKR', iso2: 'UA', name: 'Ukraine', regionCode: '150', version: 1 });
    expect(refresh).toEqual({ countries: ['UKR'] });
    const [audit] = await auditRowsFor('country', country.id);
    expect(audit).toMatchObject({ action: 'country.create', actorId: admin.id, before: null });
    expect(audit!.after).toMatchObject({ iso3: 'UKR', regionCode: '150' });
    // Not a member until its membership is recorded, but a state the public lists know.
    expect((await listCountries()).find((row) => row.iso3 === 'UKR')).toMatchObject({
      standing: 'none',
      region: 'Europe',
      regionCode: '150',
    });

    const byAlpha2 = await add(admin, { isoCode: 'GH', regionCode: '002' });
    expect(byAlpha2.country).toMatchObject({ iso3: 'GHA', iso2: 'GH', name: 'Ghana' });
  });

  it('refuses an unknown code, a missing region and a state already recorded, naming the field', async () => {
    expect(issuesOf({ isoCode: 'QQ', regionCode: '150' })).toEqual([
      { path: ['isoCode'], message: 'errors.isoCodeUnknown' },
    ]);
    expect(issuesOf({ isoCode: 'ABCD', regionCode: '150' })).toEqual([
      { path: ['isoCode'], message: 'errors.isoCodeUnknown' },
    ]);
    expect(issuesOf({ isoCode: '', regionCode: '150' })).toEqual([
      { path: ['isoCode'], message: 'errors.isoCodeRequired' },
    ]);
    expect(issuesOf({ isoCode: 'UA', regionCode: '' })).toEqual([
      { path: ['regionCode'], message: 'errors.regionRequired' },
    ]);
    expect(issuesOf({ isoCode: 'UA', regionCode: '151' })).toEqual([
      { path: ['regionCode'], message: 'errors.regionRequired' },
    ]);

    const before = await db().select({ id: countries.id }).from(countries);
    expect(await refusalOf(add(admin, { isoCode: 'NOR', regionCode: '150' }))).toEqual({
      code: 'validation',
      fieldErrors: { isoCode: [{ key: 'errors.countryExists', values: { iso3: 'NOR' } }] },
    });
    expect(await refusalOf(add(admin, { isoCode: 'no', regionCode: '150' }))).toMatchObject({
      fieldErrors: { isoCode: [{ key: 'errors.countryExists', values: { iso3: 'NOR' } }] },
    });
    expect(await db().select({ id: countries.id }).from(countries)).toHaveLength(before.length);
  });

  it('is for admins only', async () => {
    expect(await refusalOf(add(w.secretariat, { isoCode: 'MLT', regionCode: '150' }))).toMatchObject({
      code: 'forbidden:country',
    });
    expect(await db().select().from(countries).where(eq(countries.iso3, 'MLT'))).toHaveLength(0);
  });
});

describe('changing a state’s region', () => {
  it('saves at the version read, refuses a stale version naming the region now held, and audits the change', async () => {
    const country = await createCountry(db(), { regionCode: '150' });
    const change = (version: number, regionCode: string) =>
      runAs(admin, changeCountryRegionSchema.parse({ id: country.id, version, regionCode }), changeCountryRegion);

    const saved = await change(1, '142');
    expect(saved.country).toMatchObject({ regionCode: '142', version: 2 });
    expect(saved.refresh).toEqual({ countries: [country.iso3] });

    // A second admin who read version 1 is refused; nothing is overwritten.
    expect(await refusalOf(change(1, '019'))).toEqual({
      code: 'conflict:country',
      fieldErrors: { regionCode: [{ key: 'conflict.changedTo', values: { value: 'Asia (142)' } }] },
    });
    const [row] = await db().select().from(countries).where(eq(countries.id, country.id));
    expect(row).toMatchObject({ regionCode: '142', version: 2 });

    const audits = await auditRowsFor('country', country.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'country.update', before: { regionCode: '150', version: 1 } });
    expect(audits[0]!.after).toMatchObject({ regionCode: '142', version: 2 });

    // A region is given by its M49 code; a name or an unknown code is refused before the service runs.
    expect(changeCountryRegionSchema.safeParse({ id: country.id, version: 2, regionCode: 'Asia' }).success).toBe(false);
  });

  it('refuses a state that does not exist as not found', async () => {
    expect(
      await refusalOf(
        runAs(
          admin,
          changeCountryRegionSchema.parse({ id: 987_654, version: 1, regionCode: '150' }),
          changeCountryRegion,
        ),
      ),
    ).toMatchObject({ code: 'forbidden:country', audit: { reason: 'not_found' } });
  });
});
