import type { ReactNode } from 'react';

/** A short message about what just happened (role="status": announced, not interrupting). */
export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  const styles = {
    info: 'border-brand-600 bg-brand-50 text-slate-900',
    success: 'border-green-800 bg-green-50 text-green-950',
    warning: 'border-amber-700 bg-amber-50 text-amber-950',
  }[tone];
  return (
    <div role="status" className={`mb-6 rounded border-s-4 p-4 ${styles}`}>
      {children}
    </div>
  );
}
