import { getTranslations } from 'next-intl/server';

/** Regions are stored in English (UN geoscheme names); the public messages translate the known ones. */
export async function RegionName({ region }: { region: string }) {
  const t = await getTranslations('public.regions');
  return <>{t.has(region) ? t(region) : region}</>;
}
