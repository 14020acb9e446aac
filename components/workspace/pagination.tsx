import { Link } from '@/lib/i18n/navigation';

/** Previous/next links that keep the current filters. */
export function Pagination({
  page,
  pageSize,
  total,
  pathname,
  query,
  labels,
}: {
  page: number;
  pageSize: number;
  total: number;
  pathname: string;
  query: Record<string, string>;
  labels: { nav: string; previous: string; next: string; status: string };
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (target: number) => ({ pathname, query: { ...query, page: String(target) } });
  return (
    <nav aria-label={labels.nav} className="mt-6 flex items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand-700 underline underline-offset-4" rel="prev">
          {labels.previous}
        </Link>
      ) : null}
      <span>{labels.status}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-brand-700 underline underline-offset-4" rel="next">
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
