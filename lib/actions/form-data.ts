import { isSecretField } from './result';

/**
 * Turns what a form or a caller sent into a plain object for zod. Repeated fields become arrays.
 * React's own bookkeeping fields (`$ACTION_…`, added when a form is submitted before JavaScript has
 * loaded) are dropped; everything else is kept, so that strict schemas refuse unknown keys.
 */
export function inputObject(raw: unknown): Record<string, unknown> {
  if (raw instanceof FormData) {
    const result: Record<string, unknown> = {};
    for (const [key, value] of raw.entries()) {
      if (key.startsWith('$ACTION_')) continue;
      const existing = result[key];
      if (existing === undefined) result[key] = value;
      else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    return result;
  }
  if (raw === undefined || raw === null) return {};
  if (typeof raw === 'object' && !Array.isArray(raw) && Object.getPrototypeOf(raw) === Object.prototype)
    return { ...(raw as Record<string, unknown>) };
  // Anything else (an array, a string, a class instance) is not an input object; zod will refuse it.
  return { __invalid__: raw };
}

/** The typed text to show again in a form after an error: strings only, never secrets. */
export function echoValues(input: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (isSecretField(key) || key === '__invalid__') continue;
    if (typeof value === 'string') values[key] = value.slice(0, 10_000);
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      values[key] = value.join('\n').slice(0, 10_000);
  }
  return values;
}
