import { getFormatter, getTranslations } from 'next-intl/server';

/**
 * A score (0..1) as a whole percentage, or the words for "no score" when nothing counts towards one.
 * Whole percentages match the trend tolerance in lib/scoring.ts, so an arrow never contradicts the number.
 */
export async function ScoreValue({ score, className }: { score: number | null; className?: string }) {
  if (score === null) {
    const t = await getTranslations('public.score');
    return <span className={className ?? 'whitespace-nowrap text-slate-700'}>{t('none')}</span>;
  }
  const format = await getFormatter();
  return <span className={className}>{format.number(score, { style: 'percent', maximumFractionDigits: 0 })}</span>;
}
