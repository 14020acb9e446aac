import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { requireDatabaseUrl } from '@/lib/env';
import SharedTagCache, { CHANNEL, listening } from './shared-tag-cache.mjs';

/**
 * Two app servers are two processes; here the other server is played by a plain connection that
 * sends and receives notices on the same channel, against this test file's own database.
 */
const other = postgres(requireDatabaseUrl(), { max: 1, onnotice: () => {} });
afterAll(() => other.end());

async function until(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  return check();
}

describe('shared tag cache', () => {
  const cache = new SharedTagCache({
    maxMemoryCacheSize: 1024 * 1024,
    flushToDisk: false,
    revalidatedTags: [],
  } as never);

  it("drops the tags another server invalidated from this server's cache", async () => {
    const before = Date.now();
    await listening();
    await other.notify(
      CHANNEL,
      JSON.stringify({ origin: 'another-server', tags: ['public:country:NOR', 'public:overview'] }),
    );
    expect(await until(() => (tagsManifest.get('public:country:NOR')?.expired ?? 0) >= before)).toBe(true);
    expect(tagsManifest.get('public:overview')?.expired).toBeGreaterThanOrEqual(before);
    expect(tagsManifest.get('public:country:MEX')).toBeUndefined();
  });

  it('tells the other servers which tags it dropped, and drops them here too', async () => {
    const received: { origin: string; tags: string[] }[] = [];
    const listening = await other.listen(CHANNEL, (payload) => received.push(JSON.parse(payload)));
    const before = Date.now();
    await cache.revalidateTag(['public:country:CAN'], { expire: 0 });
    expect(await until(() => received.length > 0)).toBe(true);
    expect(received[0]).toMatchObject({ tags: ['public:country:CAN'] });
    expect(received[0]!.origin).not.toBe('another-server');
    expect(tagsManifest.get('public:country:CAN')?.expired).toBeGreaterThanOrEqual(before);
    await listening.unlisten();
  });
});
