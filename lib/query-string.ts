/** A page's query string as read for its filters: the first value of each parameter. */
export type SearchParams = Record<string, string | string[] | undefined>;

export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

/** The filters given (not empty), without the page: what previous/next links and exports carry on. */
export function filterQuery(raw: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '' && entry[0] !== 'page',
    ),
  );
}
