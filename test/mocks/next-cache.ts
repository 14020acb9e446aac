/**
 * Stand-in for `next/cache` in Vitest that caches as Next's data cache does: an `unstable_cache` entry
 * is kept by its key parts and arguments, under its tags, until a tag it carries is dropped
 * (`revalidateTag`, `updateTag`). So a test can see what a write drops and what it leaves cached.
 * Use with: vi.mock('next/cache', () => import('@/test/mocks/next-cache'));
 */

type Entry = { value: unknown; tags: readonly string[] };

const entries = new Map<string, Entry>();

export function unstable_cache<Args extends unknown[], Result>(
  read: (...args: Args) => Promise<Result>,
  keyParts: readonly string[] = [],
  options: { tags?: string[]; revalidate?: number | false } = {},
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const key = JSON.stringify([keyParts, args]);
    const hit = entries.get(key);
    // Next keeps entries serialised; a copy, so that no caller can change what the next one reads.
    if (hit) return structuredClone(hit.value) as Result;
    const value = await read(...args);
    entries.set(key, { value: structuredClone(value), tags: options.tags ?? [] });
    return value;
  };
}

function drop(tag: string): void {
  for (const [key, entry] of entries) if (entry.tags.includes(tag)) entries.delete(key);
}

/** Drops at once, whatever profile is asked for: an expired entry is never served here. */
export function revalidateTag(tag: string): void {
  drop(tag);
}

export function updateTag(tag: string): void {
  drop(tag);
}

/** Paths hold no data-cache entries here: only whole pages, which Vitest does not render. */
export function revalidatePath(): void {}

export function refresh(): void {}

/** The tags of every entry cached under `keyPart` (the cached read's name), for assertions. */
export function cachedTags(keyPart: string): string[][] {
  return [...entries.entries()]
    .filter(([key]) => (JSON.parse(key) as [string[], unknown[]])[0].includes(keyPart))
    .map(([, entry]) => [...entry.tags]);
}

/** Empties the cache, as a fresh server would start. */
export function clearCache(): void {
  entries.clear();
}
