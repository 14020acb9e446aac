import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionButton } from '@/components/ui/action-button';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { RemindNowButton } from '@/components/workflow/remind-now-button';
import { FilterSelect } from '@/components/workspace/filter-select';
import { getRoundProgress, type CountryRoundProgress } from '@/db/queries/rounds';
import { requirePermission } from '@/lib/auth/session';
import { countryName, formatDate } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { firstValues, type SearchParams } from '@/lib/query-string';
import { ROUND_ACTIONS, roundMove } from '@/lib/workflow/rules';
import { can } from '@/lib/permissions';
import { roundProgressViewSchema, type RoundProgressView } from '@/lib/validation/round';
import { changeRoundAction, remindNowAction } from '../actions';
import { parseRouteId } from '@/lib/validation/route-id';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

type Row = CountryRoundProgress & { label: string };

const STATE_ORDER = { reported: 0, pending: 1, late: 2 } as const;

/** The table's rows as asked: only the states behind (or late), sorted by a column, ties by name. */
function shownRows(rows: Row[], view: RoundProgressView, locale: string): Row[] {
  const kept = rows.filter((row) =>
    view.show === 'late' ? row.state === 'late' : view.show === 'behind' ? row.state !== 'reported' : true,
  );
  const byName = (a: Row, b: Row) => a.label.localeCompare(b.label, locale);
  const compare = {
    country: byName,
    reported: (a: Row, b: Row) => a.reported / a.expected - b.reported / b.expected || byName(a, b),
    state: (a: Row, b: Row) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || byName(a, b),
  }[view.sort];
  const sorted = [...kept].sort(compare);
  return view.dir === 'desc' ? sorted.reverse() : sorted;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.rounds' });
  return { title: t('title') };
}

/**
 * A round: which states have reported, which have not, which are late (sorted and filtered as asked);
 * opened and closed here, and, while it is open, a state behind can be reminded now.
 */
export default async function RoundPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission({ locale, action: 'round.manage' });
  const view = roundProgressViewSchema.parse(firstValues(await searchParams));
  const roundId = parseRouteId(id);
  const progress = roundId !== null ? await getRoundProgress({ roundId }) : null;
  if (!progress) notFound();
  const { round, countries } = progress;
  const t = await getTranslations('workflow.rounds');
  const counts = { reported: 0, pending: 0, late: 0 };
  for (const row of countries) counts[row.state] += 1;
  const reminding = round.status === 'open' && can(user, 'round.remind');
  const rows = shownRows(
    countries.map((row) => ({ ...row, label: countryName(row, locale) })),
    view,
    locale,
  );
  const pathname = `/workspace/rounds/${round.id}`;
  // A column's header links to the table sorted by it: ascending first, then the other way.
  const sortable = (column: RoundProgressView['sort'], label: string): Pick<DataColumn<Row>, 'header' | 'ariaSort'> => {
    const active = view.sort === column;
    const dir = active && view.dir === 'asc' ? 'desc' : 'asc';
    return {
      ariaSort: active ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined,
      header: (
        <Link
          href={{ pathname, query: { ...(view.show === 'all' ? {} : { show: view.show }), sort: column, dir } }}
          className="text-brand-700 underline underline-offset-4"
        >
          {label}
          <span className="sr-only"> ({t(dir === 'asc' ? 'sortAscending' : 'sortDescending')})</span>
        </Link>
      ),
    };
  };
  const columns: DataColumn<Row>[] = [
    {
      label: t('columns.country'),
      rowHeader: true,
      ...sortable('country', t('columns.country')),
      cell: (row) => row.label,
    },
    {
      label: t('columns.reported'),
      ...sortable('reported', t('columns.reported')),
      cell: (row) => t('reportedOf', { reported: row.reported, expected: row.expected }),
    },
    {
      label: t('columns.state'),
      ...sortable('state', t('columns.state')),
      className: (row) => (row.state === 'late' ? 'font-semibold text-red-800' : undefined),
      cell: (row) => t(`states.${row.state}`),
    },
    ...(reminding
      ? [
          {
            label: t('columns.remind'),
            cell: (row: Row) =>
              row.state === 'reported' ? null : (
                <RemindNowButton
                  action={remindNowAction}
                  roundId={round.id}
                  countryId={row.countryId}
                  country={row.label}
                />
              ),
          },
        ]
      : []),
  ];

  return (
    <div className="space-y-8">
      <p>
        <Link href="/workspace/rounds" className="text-brand-700 underline underline-offset-4">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{round.title}</h1>
      <p>
        {t('summaryLine', {
          opensOn: formatDate(round.opensOn, locale),
          deadline: formatDate(round.deadline, locale),
          status: t(`statuses.${round.status}`),
        })}
      </p>
      <div className="flex flex-wrap gap-3">
        {ROUND_ACTIONS.filter((action) => roundMove(action, round.status) !== null).map((action) => (
          <ActionButton
            key={action}
            action={changeRoundAction}
            fields={{ id: String(round.id), action }}
            variant={action === 'close' ? 'danger' : 'primary'}
          >
            {t(`actions.${action}`)}
          </ActionButton>
        ))}
      </div>
      <p role="status">{t('counts', counts)}</p>
      <form method="get" aria-label={t('filterLabel')} className="flex flex-wrap items-end gap-4">
        <input type="hidden" name="sort" value={view.sort} />
        <input type="hidden" name="dir" value={view.dir} />
        <FilterSelect
          name="show"
          label={t('show')}
          value={view.show}
          options={[
            { value: 'all', label: t('showAll') },
            { value: 'behind', label: t('showBehind') },
            { value: 'late', label: t('showLate') },
          ]}
        />
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white">
          {t('applyShow')}
        </button>
      </form>
      <DataTable
        variant="workspace"
        caption={t('progressCaption')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(row) => row.countryId}
        empty={countries.length === 0 ? t('noStates') : t('noneShown')}
      />
    </div>
  );
}
