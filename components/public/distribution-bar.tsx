import { getTranslations } from 'next-intl/server';
import type { ImplementationStatus } from '@/db/schema';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';
import { StatusIcon } from './status-icon';
import { STATUS_COLORS } from './status-style';

type Distribution = Record<ImplementationStatus, number>;

/**
 * How a set of commitments splits across the status scale: a stacked bar for the eye and, always
 * beside it, the same numbers in words (the bar itself is hidden from assistive technology). The bar
 * starts where the line starts: from the right in a right-to-left language, like the words below it.
 */
export async function DistributionBar({
  distribution,
  showLegend = true,
}: {
  distribution: Distribution;
  showLegend?: boolean;
}) {
  const t = await getTranslations('public');
  const total = IMPLEMENTATION_STATUSES.reduce((sum, status) => sum + distribution[status], 0);
  if (total === 0) return <p className="text-sm text-slate-700">{t('distribution.empty')}</p>;

  const segments = stackSegments(distribution, total);
  return (
    <div className="min-w-40">
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        className="distribution-bar block h-3 w-full rounded-sm rtl:-scale-x-100"
      >
        <rect x="0" y="0" width="100" height="6" fill="#f2f4f7" />
        {segments.map((segment) => (
          <rect
            key={segment.status}
            x={segment.x}
            y="0"
            width={segment.width}
            height="6"
            fill={STATUS_COLORS[segment.status]}
            className="segment"
          />
        ))}
      </svg>
      {showLegend ? (
        <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-slate-800">
          {segments.map((segment) => (
            <li key={segment.status} className="inline-flex items-center gap-1">
              <StatusIcon status={segment.status} />
              {t('distribution.item', { count: distribution[segment.status], status: t(`status.${segment.status}`) })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Each non-empty status as a segment of a 0..100 bar, in scale order. */
function stackSegments(distribution: Distribution, total: number) {
  const present = IMPLEMENTATION_STATUSES.filter((status) => distribution[status] > 0);
  return present.map((status, index) => {
    const before = present.slice(0, index).reduce((sum, previous) => sum + distribution[previous], 0);
    // Hundredths of the bar's width are finer than a screen or a printer shows.
    const round = (value: number) => Math.round(value * 100) / 100;
    return { status, x: round((before / total) * 100), width: round((distribution[status] / total) * 100) };
  });
}
