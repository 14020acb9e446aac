import { Link } from '@/lib/i18n/navigation';

/**
 * Where a page sits: links to the pages above it and the page itself, marked as current. The chevron
 * between them points the way the trail reads, so it turns round in a right-to-left language; it is an
 * icon rather than "›", whose mirroring would depend on the bidi algorithm around it.
 */
export function Breadcrumbs({
  label,
  trail,
  current,
}: {
  label: string;
  trail: readonly { href: string; label: string }[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="text-sm no-print">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((step) => (
          <li key={step.href} className="inline-flex items-center gap-2">
            <Link href={step.href} className="text-brand-700 underline underline-offset-4">
              {step.label}
            </Link>
            <svg
              aria-hidden="true"
              focusable="false"
              width="12"
              height="12"
              viewBox="0 0 12 12"
              className="shrink-0 rtl:-scale-x-100"
              data-chevron="forward"
            >
              <path d="M4.5 2.5 8 6l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          </li>
        ))}
        <li className="min-w-0 [overflow-wrap:anywhere]">
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}
