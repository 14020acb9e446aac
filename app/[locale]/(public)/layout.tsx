import type { ReactNode } from 'react';
import '@/components/public/public.css';

/**
 * Public pages are cached whole and dropped by tag when their data changes. They are also rebuilt at
 * least hourly, so that marks that depend on today's date ("not updated since") stay true.
 */
export const revalidate = 3600;

/** The public pages share one stylesheet (tables, print); the shell comes from the locale layout. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return children;
}
