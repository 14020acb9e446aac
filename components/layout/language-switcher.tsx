'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

/** Plain links (no client-side state needed), so switching language works without JavaScript too. */
export function LanguageSwitcher() {
  const t = useTranslations('common');
  const locale = useLocale();
  const pathname = usePathname();

  return (
    <nav aria-label={t('language.label')} className="no-print">
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {routing.locales.map((candidate) => (
          <li key={candidate}>
            {candidate === locale ? (
              <span aria-current="true" className="font-semibold underline underline-offset-4">
                {t(`language.names.${candidate}`)}
              </span>
            ) : (
              <Link
                href={pathname}
                locale={candidate}
                lang={candidate}
                hrefLang={candidate}
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
