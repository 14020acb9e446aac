'use client';

import { useId, type ReactNode } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';

type NavLink = { href: string; label: string; badge?: ReactNode };

/**
 * Links with aria-current on the section being shown; following one closes the menu they sit in.
 * `sections` are groups under their own heading (reference data, say), after the main links.
 */
export function WorkspaceNav({
  label,
  items,
  sections = [],
}: {
  label: string;
  items: NavLink[];
  sections?: { label: string; items: NavLink[] }[];
}) {
  const pathname = usePathname();
  const id = useId();
  const current = [...items, ...sections.flatMap((section) => section.items)]
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label}>
      <NavList items={items} current={current} />
      {sections
        .filter((section) => section.items.length > 0)
        .map((section, index) => (
          // Not a heading: the page's own h1 comes after the menu, and headings must not start at h2.
          <div key={section.label} className="mt-4">
            <p id={`${id}-${index}`} className="px-3 pb-1 text-sm font-semibold text-slate-700">
              {section.label}
            </p>
            <NavList items={section.items} current={current} labelledBy={`${id}-${index}`} />
          </div>
        ))}
    </nav>
  );
}

function NavList({
  items,
  current,
  labelledBy,
}: {
  items: NavLink[];
  current: string | undefined;
  labelledBy?: string;
}) {
  return (
    <ul className="space-y-1" aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === current ? 'page' : undefined}
            // The menu stays mounted across navigations: closed, so that the next page opens at its heading.
            onClick={(event) => event.currentTarget.closest('details')?.removeAttribute('open')}
            className="block rounded px-3 py-2 text-slate-900 hover:bg-brand-50 aria-[current=page]:bg-brand-100 aria-[current=page]:font-semibold"
          >
            {item.label}
            {item.badge}
          </Link>
        </li>
      ))}
    </ul>
  );
}
