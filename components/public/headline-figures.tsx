import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import { ScoreValue } from './score-value';

export type HeadlineFiguresData = {
  members: number;
  suspended: number;
  former: number;
  publishedCommitments: number;
  score: number | null;
  verifiedReports: number;
  lastVerifiedAt: Date | null;
};

/** The overview's key numbers, as a description list so that each number keeps its label for screen readers. */
export async function HeadlineFigures({ figures }: { figures: HeadlineFiguresData }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('public.overview.figures'),
    getFormatter(),
    getLocale(),
  ]);
  const items = [
    { key: 'members', label: t('members'), value: format.number(figures.members) },
    { key: 'suspended', label: t('suspended'), value: format.number(figures.suspended) },
    { key: 'former', label: t('former'), value: format.number(figures.former) },
    { key: 'commitments', label: t('publishedCommitments'), value: format.number(figures.publishedCommitments) },
    { key: 'score', label: t('score'), value: <ScoreValue score={figures.score} className="" /> },
    { key: 'reports', label: t('verifiedReports'), value: format.number(figures.verifiedReports) },
  ];

  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="sr-only">
        {t('heading')}
      </h2>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
        {items.map((item) => (
          <div
            key={item.key}
            className="flex flex-col-reverse rounded-lg border border-slate-200 bg-slate-50 p-4"
            data-figure={item.key}
          >
            <dt className="mt-1 text-sm text-slate-700">{item.label}</dt>
            <dd className="text-3xl font-bold tabular-nums text-slate-900">{item.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-slate-700">
        {figures.lastVerifiedAt
          ? t.rich('lastVerified', {
              date: formatDate(figures.lastVerifiedAt, locale, 'long'),
              time: (chunks) => <time dateTime={figures.lastVerifiedAt!.toISOString()}>{chunks}</time>,
            })
          : t('neverVerified')}
      </p>
    </section>
  );
}
