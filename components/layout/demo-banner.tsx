import { getTranslations } from 'next-intl/server';
import { isDemoDataLoaded } from '@/db/queries/settings';

/** Every page says so when the figures come from the demo data set rather than real reports. */
export async function DemoBanner() {
  if (!(await isDemoDataLoaded())) return null;
  const t = await getTranslations('common');
  return (
    <p role="note" className="bg-amber-100 px-4 py-1.5 text-center text-xs text-amber-950 sm:py-2 sm:text-sm">
      <strong>{t('demo.label')}</strong> {t('demo.explanation')}
    </p>
  );
}
