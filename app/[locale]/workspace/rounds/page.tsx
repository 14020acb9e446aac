import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { CalendarDate } from '@/components/public/partial-date';
import { RoundForm } from '@/components/workflow/round-form';
import { PageSection } from '@/components/ui/page-section';
import { listRounds } from '@/db/queries/rounds';
import { requirePermission } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { createRoundAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.rounds' });
  return { title: t('title') };
}

export default async function RoundsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'round.manage' });
  const [t, rounds] = await Promise.all([getTranslations('workflow.rounds'), listRounds()]);
  const columns: DataColumn<(typeof rounds)[number]>[] = [
    {
      label: t('fieldTitle'),
      cell: (round) => (
        <Link
          href={`/workspace/rounds/${round.id}`}
          className="font-medium text-brand-700 underline underline-offset-4"
        >
          {round.title}
        </Link>
      ),
    },
    { label: t('opensOn'), cell: (round) => <CalendarDate value={round.opensOn} style="medium" /> },
    { label: t('deadline'), cell: (round) => <CalendarDate value={round.deadline} style="medium" /> },
    { label: t('status'), cell: (round) => t(`statuses.${round.status}`) },
  ];
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <PageSection headingId="list-heading" title={t('listHeading')}>
        <DataTable
          variant="workspace"
          caption={t('caption')}
          captionHidden
          columns={columns}
          rows={rounds}
          rowKey={(round) => round.id}
          empty={t('empty')}
        />
      </PageSection>
      <PageSection headingId="new-heading" title={t('newHeading')}>
        <RoundForm action={createRoundAction} />
      </PageSection>
    </div>
  );
}
