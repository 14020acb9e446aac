import { useTranslations } from 'next-intl';

/**
 * Placeholders shaped like the page they stand for, so nothing jumps when the data arrives. One live
 * status message tells screen-reader users that the page is loading; the shapes themselves are hidden.
 */
export function LoadingStatus() {
  const t = useTranslations('public');
  return (
    <p role="status" className="sr-only">
      {t('loading')}
    </p>
  );
}

export function SkeletonBlock({ className }: { className: string }) {
  return <div aria-hidden="true" className={`skeleton ${className}`} />;
}

export function SkeletonTable({ rows, columns }: { rows: number; columns: number }) {
  return (
    <div aria-hidden="true" className="space-y-3">
      <SkeletonBlock className="h-5 w-64" />
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="flex gap-4 border-b border-slate-200 pb-3">
          {Array.from({ length: columns }, (_, column) => (
            <SkeletonBlock key={column} className={`h-4 ${column === 0 ? 'w-40' : 'flex-1'}`} />
          ))}
        </div>
      ))}
    </div>
  );
}

export function SkeletonFigures({ count }: { count: number }) {
  return (
    <div aria-hidden="true" className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          <SkeletonBlock className="h-8 w-16" />
          <SkeletonBlock className="mt-2 h-3 w-24" />
        </div>
      ))}
    </div>
  );
}
