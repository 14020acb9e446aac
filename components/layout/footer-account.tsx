'use client';

import { useEffect, useState } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';

/** Set while this browser has a session, so that an anonymous visitor's pages never ask for one. */
const SIGNED_IN_KEY = 'engagement-tracker:signed-in';

function remembered(): boolean {
  try {
    return window.localStorage.getItem(SIGNED_IN_KEY) === '1';
  } catch {
    return false;
  }
}

function remember(signedIn: boolean) {
  try {
    if (signedIn) window.localStorage.setItem(SIGNED_IN_KEY, '1');
    else window.localStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // Storage may be off (private windows, policies): the footer then offers sign-in, which still works.
  }
}

export type FooterAccountLabels = { signIn: string; workspace: string; account: string };

/**
 * The footer's account links. Public pages are the same for every visitor (so they can be cached), so the
 * page is drawn with "sign in"; in the browser, someone with a session is offered the workspace and
 * their account instead (signing out is in the workspace's menu, one button for it on every page). The workspace needs a session, so there it is known; elsewhere next-auth's
 * session endpoint is asked, but only by a browser that has had a session here.
 */
export function FooterAccount({ labels }: { labels: FooterAccountLabels }) {
  const pathname = usePathname();
  const inWorkspace = pathname === '/workspace' || pathname.startsWith('/workspace/');
  const [asked, setAsked] = useState<boolean | null>(null);

  useEffect(() => {
    if (inWorkspace) {
      remember(true);
      return;
    }
    if (!remembered()) return;
    let current = true;
    fetch('/api/auth/session', { cache: 'no-store', credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : null))
      // The app's session (lib/auth/options.ts) names the account as `sub`; without a session the answer is {}.
      .then((session: { sub?: unknown } | null) => {
        const signedIn = typeof session?.sub === 'string';
        remember(signedIn);
        if (current) setAsked(signedIn);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [inWorkspace]);

  const linkClass = 'text-brand-700 underline underline-offset-4 hover:text-brand-800';
  if (!(inWorkspace || asked))
    return (
      <Link href="/workspace" className={linkClass}>
        {labels.signIn}
      </Link>
    );
  return (
    <span className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <Link href="/workspace" className={linkClass}>
        {labels.workspace}
      </Link>
      <Link href="/workspace/account" className={linkClass}>
        {labels.account}
      </Link>
    </span>
  );
}
