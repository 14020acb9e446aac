import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionButton } from '@/components/ui/action-button';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { getRoundProgress } from '@/db/queries/rounds';
import { requirePermission } from '@/lib/auth/session';
import { countryName, formatDate, sortByName } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { ROUND_ACTIONS, roundMove } from '@/lib/workflow/rules';
import { changeRoundAction } from '../actions';
import { parseRouteId } from '@/lib/validation/route-id';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.rounds' });
  return { title: t('title') };
}

/** A round: which states have reported, which have not, which are late; opened and closed here. */
export default async function RoundPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'round.manage' });
  const roundId = parseRouteId(id);
  const progress = roundId !== null ? await getRoundProgress({ roundId }) : null;
  if (!progress) notFound();
  const { round, countries } = progress;
  const t = await getTranslations('workflow.rounds');
  const counts = { reported: 0, pending: 0, late: 0 };
  for (const row of countries) counts[row.state] += 1;
  const columns: DataColumn<(typeof countries)[number]>[] = [
    { label: t('columns.country'), cell: (row) => countryName(row, locale) },
    {
      label: t('columns.reported'),
      cell: (row) => t('reportedOf', { reported: row.reported, expected: row.expected }),
    },
    {
      label: t('columns.state'),
      className: (row) => (row.state === 'late' ? 'font-semibold text-red-800' : undefined),
      cell: (row) => t(`states.${row.state}`),
    },
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
      <DataTable
        variant="workspace"
        caption={t('progressCaption')}
        captionHidden
        columns={columns}
        rows={sortByName(countries, (row) => countryName(row, locale), locale)}
        rowKey={(row) => row.countryId}
        empty={t('noStates')}
      />
    </div>
  );
}
