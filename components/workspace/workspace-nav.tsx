'use client';

import { Link, usePathname } from '@/lib/i18n/navigation';

/** Links with aria-current on the section being shown; following one closes the menu they sit in. */
export function WorkspaceNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label}>
      <ul className="space-y-1">
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
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
