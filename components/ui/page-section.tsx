import type { ReactNode } from 'react';

const LOOK = {
  /** A part of a page, under the page's h1. */
  section: { section: 'space-y-4', heading: 'text-2xl font-semibold' },
  /** One of several boxed summaries side by side (the dashboard's queues). */
  card: { section: 'space-y-3 rounded border border-slate-300 p-4', heading: 'text-xl font-semibold' },
} as const;

/**
 * A titled part of a page: a `<section>` named by its h2 (aria-labelledby), so that screen-reader users
 * can list and jump between the parts, optionally with a short description and actions beside the
 * heading. The heading's id is given, not made, because print CSS and links refer to it.
 */
export function PageSection({
  headingId,
  title,
  description,
  actions,
  variant = 'section',
  className,
  children,
}: {
  headingId: string;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  variant?: keyof typeof LOOK;
  /** Replaces the default spacing (say, to add print or width classes). */
  className?: string;
  children?: ReactNode;
}) {
  const look = LOOK[variant];
  const heading = (
    <h2 id={headingId} className={look.heading}>
      {title}
    </h2>
  );
  return (
    <section aria-labelledby={headingId} className={className ?? look.section}>
      {actions ? (
        // A div, not a header: print CSS styles the scorecard's <header> as the page's own.
        <div className="flex flex-wrap items-center justify-between gap-4">
          {heading}
          <div className="flex flex-wrap gap-3">{actions}</div>
        </div>
      ) : (
        heading
      )}
      {description ? <p className="max-w-3xl text-slate-700">{description}</p> : null}
      {children}
    </section>
  );
}
