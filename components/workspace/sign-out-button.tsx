'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

/** Signs out through next-auth (CSRF-checked), which clears the session cookie; then the sign-in page. */
export function SignOutButton({
  label,
  pendingLabel,
  callbackUrl,
}: {
  label: string;
  pendingLabel: string;
  callbackUrl: string;
}) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl });
      }}
      className="min-h-11 rounded border border-slate-500 px-3 py-2 text-slate-900 hover:bg-slate-100"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
