import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PartialDate } from '@/components/public/partial-date';
import { StandingBadge } from '@/components/public/standing-badge';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { listMembershipStandings, type MembershipStandingRow } from '@/db/queries/membership';
import { requirePermission } from '@/lib/auth/session';
import { countryName, sortByName } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace.membership' });
  return { title: t('title') };
}

/** Every state with its standing on the Governing Council, each linking to its membership history. */
export default async function MembershipPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'membership.manage' });
  const [t, te, rows] = await Promise.all([
    getTranslations('workspace.membership'),
    getTranslations('public.membership.event'),
    listMembershipStandings(),
  ]);
  const states = sortByName(rows, (row) => countryName(row, locale), locale);
  const columns: DataColumn<MembershipStandingRow>[] = [
    {
      label: t('columns.country'),
      rowHeader: true,
      // On a phone the name and the standing stay; the state's page, which the name links to, has the rest.
      priority: true,
      cell: (row) => (
        <Link
          href={`/workspace/reference/membership/${row.iso3.toLowerCase()}`}
          className="font-medium text-brand-700 underline underline-offset-4"
        >
          {countryName(row, locale)}
        </Link>
      ),
    },
    { label: t('columns.standing'), priority: true, cell: (row) => <StandingBadge standing={row.standing} /> },
    { label: t('columns.events'), numeric: true, cell: (row) => row.events },
    {
      label: t('columns.latest'),
      cell: (row) =>
        row.latest ? (
          <>
            <span className="block">{te(row.latest.type)}</span>
            <span className="block text-sm text-slate-700">
              <PartialDate occurredOn={row.latest.occurredOn} datePrecision={row.latest.datePrecision} />
            </span>
          </>
        ) : (
          t('noEvents')
        ),
    },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      <DataTable
        variant="workspace"
        caption={t('caption')}
        columns={columns}
        rows={states}
        rowKey={(row) => row.iso3}
        rowData={(row) => ({ 'data-country': row.iso3 })}
      />
    </div>
  );
}
