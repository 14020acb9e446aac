'use client';

import { useEffect, useRef } from 'react';
import type { FormAction } from '@/lib/actions/result';

/**
 * Once "What's new" has been shown, marks it read up to the newest notice listed, through its action
 * (app/[locale]/workspace/actions.ts), once per page view. Renders nothing. Without JavaScript the
 * count stays until a visit with it; nothing else depends on it.
 */
export function NoticesSeen({ action, throughId }: { action: FormAction; throughId: number }) {
  const sent = useRef<number | null>(null);
  useEffect(() => {
    if (sent.current === throughId) return;
    sent.current = throughId;
    const payload = new FormData();
    payload.set('throughId', String(throughId));
    void action(null, payload);
  }, [action, throughId]);
  return null;
}
