'use client';

import { useState } from 'react';
import { usePathname } from '@/lib/i18n/navigation';

/**
 * The number of unread notices, beside Home in the workspace navigation and on the phone's Menu button.
 * The layout counts them when it is drawn; visiting the home, which lists them and marks them read,
 * clears it at once (the layout stays mounted across navigations and is not drawn again until a
 * refresh). The number is shown; assistive technology reads `label` ("2 new notices") instead.
 */
export function UnreadCount({ count, label }: { count: number; label: string }) {
  const onHome = usePathname() === '/workspace';
  // The count as it was when the home was last shown: read, so not shown again.
  const [cleared, setCleared] = useState<number | null>(null);
  if (onHome && cleared !== count) setCleared(count);
  if (count === 0 || onHome || cleared === count) return null;
  return (
    <span className="ms-2 inline-flex min-w-6 items-center justify-center rounded-full bg-brand-700 px-1.5 text-sm font-semibold text-white">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
