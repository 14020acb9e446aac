import type { ReactNode } from 'react';
import '@/components/public/public.css';

/** The public pages share one stylesheet (tables, print); the shell comes from the locale layout. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return children;
}
