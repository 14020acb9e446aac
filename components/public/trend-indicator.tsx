import { getFormatter, getTranslations } from 'next-intl/server';
import type { Trend } from '@/lib/scoring';

const ARROWS: Record<Trend, string> = {
  up: 'M8 2.5l5 6h-3.2v5H6.2v-5H3z',
  down: 'M8 13.5l5-6h-3.2v-5H6.2v5H3z',
  same: 'M2 6.2h9v-3l4 4.8-4 4.8v-3H2z',
  new: 'M8 2l1.7 4.1 4.3.3-3.3 2.8 1 4.3L8 11.2 4.3 13.5l1-4.3L2 6.4l4.3-.3z',
};

// "Same" is an arrow pointing forward along the line of text, so it turns round in a right-to-left
// language; up and down mean higher and lower scores, and a star is a star, whichever way a page reads.
const MIRRORED: Record<Trend, boolean> = { up: false, down: false, same: true, new: false };

const COLORS: Record<Trend, string> = { up: '#166534', down: '#b42318', same: '#475467', new: '#184d7d' };

/**
 * The trend between the last two reporting rounds: an arrow for the eye, and the words (with both
 * scores when there are two) for everyone. `compact` keeps only the word, for table cells.
 */
export async function TrendIndicator({
  trend,
  previous,
  latest,
  compact = false,
}: {
  trend: Trend;
  previous: number | null;
  latest: number | null;
  compact?: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations('public.trend'), getFormatter()]);
  const percent = (value: number) => format.number(value, { style: 'percent', maximumFractionDigits: 0 });
  const detail =
    previous !== null && latest !== null && !compact
      ? t('detail', { previous: percent(previous), latest: percent(latest) })
      : null;
  return (
    <span
      className={`inline-flex flex-wrap items-center gap-x-1 ${compact ? 'whitespace-nowrap' : ''}`}
      data-trend={trend}
    >
      <svg
        aria-hidden="true"
        focusable="false"
        width="16"
        height="16"
        viewBox="0 0 16 16"
        className={MIRRORED[trend] ? 'shrink-0 rtl:-scale-x-100' : 'shrink-0'}
      >
        <path d={ARROWS[trend]} fill={COLORS[trend]} />
      </svg>
      <span>{t(trend)}</span>
      {detail ? <span className="basis-full text-sm font-normal text-slate-700">{detail}</span> : null}
    </span>
  );
}
