'use client';

import { useEffect, useRef } from 'react';
import { usePathname } from '@/lib/i18n/navigation';

const EVERY_MS = 5 * 60 * 1000;

/**
 * Sessions end after SESSION_IDLE_MINUTES without activity. Server-rendered pages cannot renew the
 * session cookie, so while the person is active here (moving between pages, typing, clicking) this
 * asks next-auth's session endpoint, which renews it, at most once every five minutes. Whether the
 * session is still valid is decided on the server on every request; this only measures activity.
 */
export function SessionKeepAlive() {
  const pathname = usePathname();
  const last = useRef(0);

  useEffect(() => {
    const renew = () => {
      const now = Date.now();
      if (now - last.current < EVERY_MS) return;
      last.current = now;
      void fetch('/api/auth/session', { cache: 'no-store', credentials: 'same-origin' }).catch(() => {});
    };
    renew();
    window.addEventListener('keydown', renew, { passive: true });
    window.addEventListener('pointerdown', renew, { passive: true });
    return () => {
      window.removeEventListener('keydown', renew);
      window.removeEventListener('pointerdown', renew);
    };
  }, [pathname]);

  return null;
}
