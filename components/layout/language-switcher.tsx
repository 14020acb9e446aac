'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense, type MouseEvent } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { formHasUnsavedInput, opensElsewhere, queryOf } from './switch-language';

/**
 * Links to this page in each language: the same path and the same query string (a report form opened
 * for a commitment, a comparison's states, a list's sort), so that switching loses neither the page nor
 * its state. They are plain links, which work without JavaScript. With it, a page whose form holds
 * input that is not saved asks first, and stays as it is if the person says no.
 *
 * Without JavaScript the links keep the path but not always the query: the links with the query are
 * rendered inside Suspense (useSearchParams), and where that part is streamed, only a script shows it.
 */
export function LanguageSwitcher() {
  return (
    // A page cached for every query (a public page) is rendered without one; the browser adds its own.
    <Suspense fallback={<LanguageLinks query={{}} />}>
      <LanguageLinksWithQuery />
    </Suspense>
  );
}

function LanguageLinksWithQuery() {
  return <LanguageLinks query={queryOf(useSearchParams())} />;
}

function LanguageLinks({ query }: { query: Record<string, string | string[]> }) {
  const t = useTranslations('common');
  const locale = useLocale();
  const pathname = usePathname();

  const askFirst = (event: MouseEvent<HTMLAnchorElement>) => {
    if (opensElsewhere(event)) return;
    const forms = Array.from(document.querySelectorAll<HTMLFormElement>('main form'));
    if (forms.some(formHasUnsavedInput) && !window.confirm(t('language.unsavedConfirm'))) event.preventDefault();
  };

  return (
    <nav aria-label={t('language.label')} className="no-print">
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {routing.locales.map((candidate) => (
          <li key={candidate}>
            {candidate === locale ? (
              <span aria-current="true" lang={candidate} className="font-semibold underline underline-offset-4">
                {t(`language.names.${candidate}`)}
              </span>
            ) : (
              <Link
                href={{ pathname, query }}
                locale={candidate}
                lang={candidate}
                hrefLang={candidate}
                onClick={askFirst}
                className="text-white hover:underline"
              >
                {t(`language.names.${candidate}`)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
