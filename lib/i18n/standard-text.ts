import { getTranslations } from 'next-intl/server';

/**
 * The standards' titles and descriptions are reference data stored in English. Public pages show them
 * in the reader's language from the message files (public.standardTexts, by code), and fall back to
 * the stored text for a standard the files do not know (one added later, say).
 */
export async function getStandardText(): Promise<
  <S extends { code: string; title: string; description?: string }>(standard: S) => S
> {
  const t = await getTranslations('public.standardTexts');
  return (standard) => ({
    ...standard,
    title: t.has(`${standard.code}.title`) ? t(`${standard.code}.title`) : standard.title,
    ...(standard.description === undefined
      ? {}
      : {
          description: t.has(`${standard.code}.description`) ? t(`${standard.code}.description`) : standard.description,
        }),
  });
}
