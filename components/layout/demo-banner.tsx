import { getTranslations } from 'next-intl/server';
import { isDemoDataLoaded } from '@/db/queries/settings';

/** Every page says so when the figures come from the demo data set rather than real reports. */
export async function DemoBanner() {
  if (!(await isDemoDataLoaded())) return null;
  const t = await getTranslations('common');
  return (
    <p role="note" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
      <strong>{t('demo.label')}</strong> {t('demo.explanation')}
    </p>
  );
}
