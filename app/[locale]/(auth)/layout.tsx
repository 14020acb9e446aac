import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';

// Sign-in, invitation and reset pages carry a per-request CSP nonce and one-time links: never cached.
export const dynamic = 'force-dynamic';

/** The sign-in forms need the auth and forms messages on the client; public pages do not carry them. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
