// @ts-check
/**
 * Next.js cache handler (next.config.ts `cacheHandler`) that makes cache invalidation reach every app
 * server. Entries stay in each server's own memory, exactly as with Next's default handler, which this
 * extends; what is shared is the invalidation: when one server drops tags (a verification, say), it
 * tells the others through PostgreSQL's LISTEN/NOTIFY, and each drops the same tags from its own cache
 * within milliseconds. No extra service is needed, and a cached page costs no database round trip.
 *
 * If a server loses its listening connection it may miss a notice, so on every reconnection it drops
 * all public data (the `public:all` tag that every cached public read carries; see
 * db/queries/public-cache.ts) and renders afresh.
 *
 * Next.js loads this file itself, as plain JavaScript outside the app's bundle, so it cannot import
 * lib/env.ts: it reads DATABASE_URL (set by scripts/start.ts, or by the operator) directly.
 */
import { randomUUID } from 'node:crypto';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import postgres from 'postgres';

/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache = /** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule;

export const CHANNEL = 'engagement_tracker_cache_tags';
const EVERYTHING_PUBLIC = 'public:all';
const origin = randomUUID();

/** @typedef {{ expire?: number } | undefined} Durations */
/** @typedef {{ origin: string; tags: string[]; durations?: Durations }} Notice */

/** Drops tags from this process's cache (the tag manifest Next keeps per process). */
function dropLocally(/** @type {string[]} */ tags, /** @type {Durations} */ durations) {
  return FileSystemCache.prototype.revalidateTag.call(null, tags, durations);
}

/** @type {postgres.Sql | null | undefined} */
let sql;
/** @type {Promise<unknown> | null} */
let subscribed = null;

/** Resolves once this process listens for other servers' notices (null when it does not share). */
export function listening() {
  return subscribed;
}

function connection() {
  if (sql !== undefined) return sql;
  const url = process.env.DATABASE_URL;
  // No database while building, and none to share with when none is configured.
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return (sql = null);
  sql = postgres(url, { max: 1, onnotice: () => {} });
  let connectedBefore = false;
  subscribed = sql
    .listen(
      CHANNEL,
      (payload) => {
        /** @type {Notice} */
        let notice;
        try {
          notice = JSON.parse(payload);
        } catch {
          return;
        }
        if (notice.origin !== origin && Array.isArray(notice.tags)) void dropLocally(notice.tags, notice.durations);
      },
      () => {
        // Called on the first connection and again after each reconnection: notices sent in between are lost.
        if (connectedBefore) void dropLocally([EVERYTHING_PUBLIC], undefined);
        connectedBefore = true;
      },
    )
    .catch((error) =>
      console.error('Cache invalidation will not reach other servers:', error instanceof Error ? error.message : error),
    );
  return sql;
}

export default class SharedTagCache extends FileSystemCache {
  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} context */
  constructor(context) {
    super(context);
    connection();
  }

  /**
   * @param {string | string[]} tags
   * @param {Durations} durations
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    await super.revalidateTag(list, durations);
    const shared = connection();
    if (!shared || list.length === 0) return;
    try {
      await shared.notify(CHANNEL, JSON.stringify(/** @type {Notice} */ ({ origin, tags: list, durations })));
    } catch (error) {
      // This server's own cache is already refreshed; others will catch up when their entries expire.
      console.error(
        'Could not tell other servers to drop cached pages:',
        error instanceof Error ? error.message : error,
      );
    }
  }
}
