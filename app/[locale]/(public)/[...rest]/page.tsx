import { notFound } from 'next/navigation';

/**
 * Any address under a locale that no route matches gets the localised 404 page, inside the site's
 * shell, rather than Next's bare default (the root layout lives under [locale]).
 */
export default function UnknownPage() {
  notFound();
}
