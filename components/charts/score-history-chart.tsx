import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { directionOf } from '@/lib/i18n/routing';
import type { RoundScore } from '@/lib/score-history';

// Drawn about as wide as a phone shows it, so that its labels stay legible there; wider screens scale it up.
const WIDTH = 400;
const HEIGHT = 220;
const PAD = { top: 20, end: 40, bottom: 44, start: 48 };

/**
 * A state's score at the end of each reporting round: an SVG line drawn on the server, with the same
 * numbers in the table beside it (the SVG is described by that table and hidden from screen readers).
 * Time runs the way the page reads: from the right in a right-to-left language, with the score axis on
 * the right. Only the x coordinates turn round; `textAnchor="end"` already means the left end of a label
 * there, since SVG text inherits the page's direction. The viewBox scales the chart to its box's width.
 */
export async function ScoreHistoryChart({ history, caption }: { history: readonly RoundScore[]; caption: string }) {
  const [t, format, locale] = await Promise.all([getTranslations('public.history'), getFormatter(), getLocale()]);
  if (history.length === 0) return <p className="text-slate-700">{t('none')}</p>;
  const percent = (value: number) => format.number(value, { style: 'percent', maximumFractionDigits: 0 });
  const innerWidth = WIDTH - PAD.start - PAD.end;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const rtl = directionOf(locale) === 'rtl';
  const across = (fromStart: number) => (rtl ? WIDTH - fromStart : fromStart);
  const x = (index: number) =>
    across(PAD.start + (history.length === 1 ? innerWidth / 2 : (index / (history.length - 1)) * innerWidth));
  const y = (score: number) => PAD.top + (1 - score) * innerHeight;
  const points = history.flatMap((round, index) =>
    round.score === null ? [] : [{ x: x(index), y: y(round.score), round }],
  );

  const columns: DataColumn<RoundScore>[] = [
    { label: t('round'), rowHeader: true, className: 'font-normal', cell: (round) => round.title },
    {
      label: t('deadline'),
      cell: (round) => <time dateTime={round.deadline}>{formatDate(round.deadline, locale)}</time>,
    },
    { label: t('score'), numeric: true, cell: (round) => (round.score === null ? t('noScore') : percent(round.score)) },
  ];

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-md">
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line
              x1={across(PAD.start)}
              x2={across(WIDTH - PAD.end)}
              y1={y(tick)}
              y2={y(tick)}
              stroke="#cbd5e1"
              strokeWidth="1"
            />
            <text x={across(PAD.start - 6)} y={y(tick) + 5} textAnchor="end" fontSize="14" fill="#334155">
              {percent(tick)}
            </text>
          </g>
        ))}
        {points.length > 1 ? (
          <polyline
            points={points.map((point) => `${point.x},${point.y}`).join(' ')}
            fill="none"
            stroke="#184d7d"
            strokeWidth="2.5"
          />
        ) : null}
        {points.map((point) => (
          <g key={point.round.roundId}>
            <circle cx={point.x} cy={point.y} r="4.5" fill="#184d7d" />
            <text x={point.x} y={point.y - 10} textAnchor="middle" fontSize="15" fontWeight="600" fill="#0f172a">
              {percent(point.round.score ?? 0)}
            </text>
          </g>
        ))}
        {history.map((round, index) => (
          <text
            key={round.roundId}
            x={x(index)}
            y={HEIGHT - PAD.bottom + 22}
            textAnchor="middle"
            fontSize="14"
            fill="#334155"
          >
            {formatDate(round.deadline, locale, 'shortMonth')}
          </text>
        ))}
      </svg>
      <DataTable caption={caption} columns={columns} rows={history} rowKey={(round) => round.roundId} />
    </div>
  );
}
