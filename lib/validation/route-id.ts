/**
 * A database id from a URL segment or query parameter: a positive whole number within PostgreSQL's
 * `integer`, written plainly. Anything else (`99999999999999999999`, `1e3`, `01`, `-1`) is null, which
 * the page answers with 404; without this a huge id reached the database and came back as a 500.
 */
const INT4_MAX = 2_147_483_647;

export function parseRouteId(value: string | string[] | undefined | null): number | null {
  if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= INT4_MAX ? id : null;
}
