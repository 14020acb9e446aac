import type { ImplementationStatus } from '@/db/schema';
import { STATUS_COLORS, STATUS_FILL } from './status-style';

const SIZE = 16;
const C = SIZE / 2;
const R = 6.5;

/** The filled wedge of a disc, clockwise from twelve o'clock. */
function wedge(fraction: number): string {
  const angle = 2 * Math.PI * fraction;
  const x = C + R * Math.sin(angle);
  const y = C - R * Math.cos(angle);
  const largeArc = fraction > 0.5 ? 1 : 0;
  return `M${C} ${C}L${C} ${C - R}A${R} ${R} 0 ${largeArc} 1 ${x.toFixed(3)} ${y.toFixed(3)}Z`;
}

/**
 * A status drawn as a shape: an empty, a third-, two-thirds- or fully-filled disc for the four steps
 * of progress, a struck-through disc for withdrawn and a dashed one for "no information". Always
 * decorative: the label beside it says the status in words.
 */
export function StatusIcon({ status, className }: { status: ImplementationStatus; className?: string }) {
  const color = STATUS_COLORS[status];
  const fill = STATUS_FILL[status];
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      className={className ?? 'inline-block shrink-0'}
    >
      {status === 'complete' ? (
        <>
          <circle cx={C} cy={C} r={R + 0.75} fill={color} />
          <path d="M4.8 8.3l2.2 2.2 4.2-4.6" fill="none" stroke="#fff" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" />
        </>
      ) : (
        <>
          <circle
            cx={C}
            cy={C}
            r={R}
            fill="#fff"
            stroke={color}
            strokeWidth={1.5}
            strokeDasharray={status === 'no_information' ? '2.2 1.8' : undefined}
          />
          {fill > 0 ? <path d={wedge(fill)} fill={color} /> : null}
          {status === 'withdrawn' ? <path d="M3.8 12.2l8.4-8.4" stroke={color} strokeWidth={1.5} strokeLinecap="round" /> : null}
        </>
      )}
    </svg>
  );
}
