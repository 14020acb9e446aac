import { z } from 'zod';
import { lookupIsoCountry } from '@/lib/iso-countries';
import { REGION_CODES, type RegionCode } from '@/lib/regions';
import { id, version } from './fields';

const regionCode = z
  .string({ error: 'errors.regionRequired' })
  .refine((value): value is RegionCode => (REGION_CODES as readonly string[]).includes(value), {
    message: 'errors.regionRequired',
  })
  .transform((value) => value as RegionCode);

/** A state is added by its ISO 3166-1 code, alpha-2 or alpha-3 in any case; the list gives the rest. */
export const addCountrySchema = z.strictObject({
  // Not `code`: that name is kept for one-time codes, which are never echoed back to a form.
  isoCode: z
    .string({ error: 'errors.isoCodeRequired' })
    .trim()
    .min(1, 'errors.isoCodeRequired')
    .transform((value, context) => {
      const found = lookupIsoCountry(value);
      if (!found) {
        context.addIssue({ code: 'custom', message: 'errors.isoCodeUnknown', params: { code: value.slice(0, 10) } });
        return z.NEVER;
      }
      return found;
    }),
  regionCode,
});
export type AddCountryInput = z.output<typeof addCountrySchema>;

export const changeCountryRegionSchema = z.strictObject({ id, version, regionCode });
export type ChangeCountryRegionInput = z.output<typeof changeCountryRegionSchema>;
