'use server';

import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { addCountry, changeCountryRegion } from '@/lib/reference/countries';
import { addCountrySchema, changeCountryRegionSchema } from '@/lib/validation/country';
import { refreshPublicPages, refreshWorkspace } from '@/lib/workflow/refresh';

export const addCountryAction = defineAction({
  name: 'country.create',
  access: 'country.manage',
  input: addCountrySchema,
  messages: 'workflow',
  subject: 'country',
  handler: async (ctx) => {
    const { country, refresh } = await addCountry(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
      redirect({
        href: `/workspace/reference/countries/${country.iso3.toLowerCase()}?saved=added`,
        locale: ctx.locale,
      });
    });
    return { iso3: country.iso3 };
  },
});

export const changeCountryRegionAction = defineAction({
  name: 'country.update',
  access: 'country.manage',
  input: changeCountryRegionSchema,
  messages: 'workflow',
  subject: 'country',
  handler: async (ctx) => {
    const { country, refresh } = await changeCountryRegion(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
    });
    return { regionCode: country.regionCode };
  },
});
