import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { STALE_AFTER_DAYS } from '@/lib/score-history';
import { IMPLEMENTATION_STATUSES, STATUS_WEIGHTS } from '@/lib/scoring';
import { pageAlternates } from '@/lib/i18n/alternates';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'public.methodology' });
  return { title: t('title'), description: t('intro'), alternates: await pageAlternates('/methodology', locale) };
}

/** The published method. Weights come from lib/scoring.ts, the module that computes every score. */
export default async function MethodologyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format] = await Promise.all([getTranslations('public.methodology'), getFormatter()]);
  const weight = (value: number | null) =>
    value === null ? t('excluded') : format.number(value, { maximumFractionDigits: 2 });

  return (
    <article className="max-w-3xl space-y-10">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
      </header>

      <section aria-labelledby="scale-heading" className="space-y-4">
        <h2 id="scale-heading" className="text-2xl font-semibold">
          {t('scaleHeading')}
        </h2>
        <p>{t('scaleIntro')}</p>
        <table className="data-table">
          <caption>{t('scaleCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('meaning')}</th>
              <th scope="col" className="text-right">
                {t('weight')}
              </th>
            </tr>
          </thead>
          <tbody>
            {IMPLEMENTATION_STATUSES.map((status) => (
              <tr key={status} data-status-row={status}>
                <th scope="row" className="font-normal">
                  <StatusBadge status={status} />
                </th>
                <td>{t(`meanings.${status}`)}</td>
                <td className="text-right tabular-nums">{weight(STATUS_WEIGHTS[status])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="score-heading" className="space-y-3">
        <h2 id="score-heading" className="text-2xl font-semibold">
          {t('scoreHeading')}
        </h2>
        <p>{t('scoreRule')}</p>
        <p>{t('scoreExample')}</p>
      </section>

      <section aria-labelledby="verification-heading" className="space-y-3">
        <h2 id="verification-heading" className="text-2xl font-semibold">
          {t('verificationHeading')}
        </h2>
        <ol className="list-inside list-decimal space-y-2">
          <li>{t('verification.report')}</li>
          <li>{t('verification.review')}</li>
          <li>{t('verification.publish')}</li>
          <li>{t('verification.voices')}</li>
        </ol>
      </section>

      <section aria-labelledby="trend-heading" className="space-y-3">
        <h2 id="trend-heading" className="text-2xl font-semibold">
          {t('trendHeading')}
        </h2>
        <p>{t('trendRule')}</p>
        <p>{t('staleRule', { days: STALE_AFTER_DAYS })}</p>
      </section>

      <section aria-labelledby="as-of-heading" className="space-y-3">
        <h2 id="as-of-heading" className="text-2xl font-semibold">
          {t('asOfHeading')}
        </h2>
        <p>{t('asOfIntro')}</p>
        <ul className="list-inside list-disc space-y-2">
          <li>{t('asOfPublication')}</li>
          <li>{t('asOfStatus')}</li>
          <li>{t('asOfStanding')}</li>
        </ul>
        <p>{t('asOfFixed')}</p>
      </section>
    </article>
  );
}
