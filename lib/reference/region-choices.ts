import { getTranslations } from 'next-intl/server';
import { M49_REGIONS } from '@/lib/regions';

/** The M49 regions as choices for a picker, named in the reader's language with their code. */
export async function regionChoices(locale: string): Promise<{ value: string; label: string }[]> {
  const t = await getTranslations({ locale, namespace: 'public.regions' });
  return M49_REGIONS.map((region) => ({
    value: region.code,
    label: `${t.has(region.name) ? t(region.name) : region.name} (${region.code})`,
  }));
}
