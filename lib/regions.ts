/**
 * The regions a state is placed in: the five regions of the UN's M49 standard, by their M49 codes.
 * The database stores the code (`countries.region_code`, checked against this list); people read the
 * name in their language from the `public.regions` messages, keyed by code.
 */
export const M49_REGIONS = [
  { code: '002', name: 'Africa' },
  { code: '019', name: 'Americas' },
  { code: '142', name: 'Asia' },
  { code: '150', name: 'Europe' },
  { code: '009', name: 'Oceania' },
] as const;

export type RegionCode = (typeof M49_REGIONS)[number]['code'];

export const REGION_CODES: readonly RegionCode[] = M49_REGIONS.map((region) => region.code);

export function isRegionCode(value: string): value is RegionCode {
  return (REGION_CODES as readonly string[]).includes(value);
}

/** The code of a region given by its English M49 name ("Europe"), or undefined. */
export function regionCodeOf(name: string): RegionCode | undefined {
  return M49_REGIONS.find((region) => region.name === name)?.code;
}

/** The English M49 name of a region code, as stored in the open data beside the code. */
export function regionNameOf(code: string): string {
  return M49_REGIONS.find((region) => region.code === code)?.name ?? code;
}
