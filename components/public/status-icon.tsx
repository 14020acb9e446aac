import type { ImplementationStatus } from '@/db/schema';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';
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

/** The drawing of one status, in a 16 × 16 box. */
function StatusShape({ status }: { status: ImplementationStatus }) {
  const color = STATUS_COLORS[status];
  const fill = STATUS_FILL[status];
  if (status === 'complete') {
    return (
      <>
        <circle cx={C} cy={C} r={R + 0.75} fill={color} />
        <path
          d="M4.8 8.3l2.2 2.2 4.2-4.6"
          fill="none"
          stroke="#fff"
          strokeWidth={1.8}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </>
    );
  }
  return (
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
      {status === 'withdrawn' ? (
        <path d="M3.8 12.2l8.4-8.4" stroke={color} strokeWidth={1.5} strokeLinecap="round" />
      ) : null}
    </>
  );
}

const symbolId = (status: ImplementationStatus) => `status-icon-${status}`;

/**
 * The six status drawings, once per page (from the root layouts); each icon then refers to its
 * drawing. A long table repeats an icon in every row, and a reference is a sixth of a drawing's size.
 */
export function StatusIconSprite() {
  return (
    <svg aria-hidden="true" focusable="false" width="0" height="0" className="absolute">
      <defs>
        {IMPLEMENTATION_STATUSES.map((status) => (
          <symbol key={status} id={symbolId(status)} viewBox={`0 0 ${SIZE} ${SIZE}`}>
            <StatusShape status={status} />
          </symbol>
        ))}
      </defs>
    </svg>
  );
}

/**
 * A status drawn as a shape: an empty, a third-, two-thirds- or fully-filled disc for the four steps
 * of progress, a struck-through disc for withdrawn and a dashed one for "no information". Always
 * decorative: the label beside it says the status in words.
 */
export function StatusIcon({ status, className }: { status: ImplementationStatus; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={SIZE}
      height={SIZE}
      className={className ?? 'inline-block shrink-0'}
    >
      <use href={`#${symbolId(status)}`} />
    </svg>
  );
}
