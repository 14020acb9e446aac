'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';

/**
 * The optional languages of a form, folded away until wanted: open when any of them holds text or an
 * error, so that nothing typed or refused is ever hidden.
 */
export function OtherLanguages({
  heading,
  languages,
  valueOf,
  errorsFor,
  children,
}: {
  heading: 'name' | 'title';
  languages: readonly { locale: string }[];
  valueOf: (field: string) => string;
  errorsFor: (field: string) => string[] | undefined;
  children: ReactNode;
}) {
  const t = useTranslations('workspace.frameworks.languages');
  const fields = languages.flatMap(({ locale }) => [`${heading}_${locale}`, `description_${locale}`]);
  const open = fields.some((field) => valueOf(field) !== '' || (errorsFor(field)?.length ?? 0) > 0);
  return (
    <details open={open} className="mb-5">
      <summary className="cursor-pointer font-medium text-brand-800">{t('others')}</summary>
      <p className="mb-3 mt-2 text-sm text-slate-700">{t('othersHint')}</p>
      {children}
    </details>
  );
}
