import { getTranslations } from 'next-intl/server';
import type { Standing } from '@/lib/standing';

const STYLES = {
  member: 'border-brand-700 bg-brand-50 text-brand-800',
  suspended: 'border-amber-800 bg-amber-50 text-amber-950',
  former: 'border-slate-500 bg-slate-100 text-slate-800',
  none: 'border-slate-400 bg-white text-slate-700',
} as const satisfies Record<Standing, string>;

/** A state's standing on the Governing Council, in words, with a symbol that differs per standing. */
export async function StandingBadge({ standing, size = 'sm' }: { standing: Standing; size?: 'sm' | 'lg' }) {
  const t = await getTranslations('public.standing');
  return (
    <span
      data-standing={standing}
      // The large badge stands alone (a scorecard's header, a figure's box) and may wrap in a phone's narrow
      // box; the small one sits in table cells, whose columns it keeps from squeezing it onto two lines.
      className={`inline-flex items-center gap-1 border font-medium ${STYLES[standing]} ${
        size === 'lg' ? 'rounded-2xl px-3 py-1 text-base' : 'rounded-full px-2 py-0.5 text-sm whitespace-nowrap'
      }`}
    >
      <StandingSymbol standing={standing} />
      {t(standing)}
    </span>
  );
}

function StandingSymbol({ standing }: { standing: Standing }) {
  // Filled dot for members, a pause sign for suspension, an open ring for former and non-members.
  return (
    <svg aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 12 12" className="shrink-0">
      {standing === 'member' ? <circle cx="6" cy="6" r="4.5" fill="currentColor" /> : null}
      {standing === 'suspended' ? (
        <>
          <rect x="2.5" y="2" width="2.5" height="8" fill="currentColor" />
          <rect x="7" y="2" width="2.5" height="8" fill="currentColor" />
        </>
      ) : null}
      {standing === 'former' || standing === 'none' ? (
        <circle
          cx="6"
          cy="6"
          r="4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeDasharray={standing === 'none' ? '2 1.5' : undefined}
        />
      ) : null}
    </svg>
  );
}
