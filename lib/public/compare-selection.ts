/**
 * Which states /compare shows, from `?countries=nor,mex` (or repeated `countries=` fields, as the GET
 * form sends them). Valid codes are kept in the order given, duplicates dropped; the rest is reported.
 */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export type CompareSelection = { codes: string[]; unknown: string[]; tooMany: boolean; tooFew: boolean };

export function parseCompareSelection(
  value: string | string[] | undefined,
  known: ReadonlySet<string>,
): CompareSelection {
  const raw = (Array.isArray(value) ? value : [value ?? ''])
    .flatMap((part) => part.split(','))
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const valid: string[] = [];
  const unknown: string[] = [];
  for (const code of new Set(raw)) {
    if (known.has(code)) valid.push(code);
    else unknown.push(code.slice(0, 12));
  }
  const tooMany = valid.length > COMPARE_MAX;
  const codes = valid.slice(0, COMPARE_MAX);
  return { codes, unknown: unknown.slice(0, 10), tooMany, tooFew: codes.length < COMPARE_MIN };
}
