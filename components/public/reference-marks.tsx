import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import type { FrameworkWording } from '@/lib/i18n/standard-text';

/** "Retired on 3 March 2026": beside a standard that is no longer offered for new commitments. */
export async function RetiredMark({ retiredAt }: { retiredAt: Date }) {
  const [t, locale] = await Promise.all([getTranslations('public.standards'), getLocale()]);
  return (
    <span
      className="inline-flex items-center rounded border border-slate-500 bg-slate-100 px-1.5 py-0.5 text-sm font-medium whitespace-nowrap text-slate-800"
      data-retired={retiredAt.toISOString().slice(0, 10)}
    >
      {t('retired', { date: formatDate(retiredAt, locale, 'long') })}
    </span>
  );
}

/** "Demo": beside a framework of the demo data, wherever it is named. */
export async function DemoMark() {
  const t = await getTranslations('public.standards');
  return (
    <span
      className="inline-flex items-center rounded border border-amber-800 bg-amber-50 px-1.5 py-0.5 text-sm font-medium text-amber-950"
      data-demo-framework="true"
    >
      {t('demo')}
    </span>
  );
}

/** A framework's name in the reader's language (marked when it is the English fallback), with "Demo" if it is one. */
export async function FrameworkName({ framework }: { framework: FrameworkWording }) {
  return (
    <>
      <span {...framework.nameMark}>{framework.name}</span>
      {framework.isDemo ? (
        <>
          {' '}
          <DemoMark />
        </>
      ) : null}
    </>
  );
}
