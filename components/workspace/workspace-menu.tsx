import type { ReactNode } from 'react';
import './workspace-menu.css';

/**
 * The workspace's navigation, the person's name and sign-out, behind a menu button on a phone and in a
 * sidebar on a wide screen. A <details>, so the button works without JavaScript; the CSS beside it
 * opens it on a wide screen. The links close it as they navigate (WorkspaceNav), so that the next page
 * opens at its heading.
 */
export function WorkspaceMenu({
  label,
  badge,
  children,
}: {
  label: string;
  /** Beside the label on the phone's Menu button: the count of unread notices (UnreadCount). */
  badge?: ReactNode;
  children: ReactNode;
}) {
  return (
    <details className="workspace-menu">
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded border border-slate-500 px-3 py-2 font-medium text-slate-900 hover:bg-slate-100">
        <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 18 18" className="shrink-0">
          <g data-menu-icon="open" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M3 4.5h12M3 9h12M3 13.5h12" />
          </g>
          <g data-menu-icon="close" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M4.5 4.5l9 9M13.5 4.5l-9 9" />
          </g>
        </svg>
        {label}
        {badge}
      </summary>
      <div className="mt-4 space-y-6 md:mt-0">{children}</div>
    </details>
  );
}
