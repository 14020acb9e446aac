import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/public/status-badge';
import { listCountryCommitments } from '@/db/queries/commitment-lists';
import { getOpenRound } from '@/db/queries/rounds';
import { getCountryName } from '@/db/queries/countries';
import { requirePermission, requireUser } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { isoDate } from '@/lib/workflow';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.country' });
  return { title: t('title') };
}

/** A focal point's own state: its commitments with their status, and what the open round still waits for. */
export default async function CountryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const signedIn = await requireUser({ locale });
  const user = await requirePermission({ locale, action: 'report.write', resource: { countryId: signedIn.countryId } });
  const countryId = user.countryId!;
  const round = await getOpenRound();
  const [t, tc, tr, rows, countryName] = await Promise.all([
    getTranslations('workflow.country'),
    getTranslations('workflow.commitments'),
    getTranslations('workflow.report'),
    listCountryCommitments({ countryId, openRoundId: round?.id ?? null }),
    getCountryName({ id: countryId }),
  ]);
  const due = rows.filter((row) => row.dueInOpenRound);
  const late = round !== null && isoDate() > round.deadline;

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('heading', { country: countryName ?? '' })}</h1>
      <section aria-labelledby="round-heading" className="space-y-2">
        <h2 id="round-heading" className="text-2xl font-semibold">
          {t('roundHeading')}
        </h2>
        {round ? (
          <p className={late && due.length > 0 ? 'font-semibold text-red-800' : undefined}>
            {t(late ? 'roundLate' : 'roundOpen', { title: round.title, deadline: round.deadline, count: due.length })}
          </p>
        ) : (
          <p>{t('noRound')}</p>
        )}
        <p>
          <Link href="/workspace/reports" className="text-brand-700 underline underline-offset-4">
            {t('myReports')}
          </Link>
        </p>
      </section>
      <section aria-labelledby="commitments-heading" className="space-y-4">
        <h2 id="commitments-heading" className="text-2xl font-semibold">
          {t('commitmentsHeading')}
        </h2>
        {rows.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t('caption')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="py-2 pe-4">
                    {tc('columns.ref')}
                  </th>
                  <th scope="col" className="py-2 pe-4">
                    {tc('columns.title')}
                  </th>
                  <th scope="col" className="py-2 pe-4">
                    {tc('columns.status')}
                  </th>
                  <th scope="col" className="py-2 pe-4">
                    {t('latestReport')}
                  </th>
                  <th scope="col" className="py-2 pe-4">
                    {t('action')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-200 align-top">
                    <td className="py-2 pe-4 whitespace-nowrap">
                      <Link
                        href={`/workspace/commitments/${row.id}`}
                        className="font-medium text-brand-700 underline underline-offset-4"
                      >
                        {row.ref}
                      </Link>
                    </td>
                    <td className="py-2 pe-4">
                      {row.title}
                      {row.publication !== 'published' ? (
                        <span className="ms-2 text-sm">({tc(`publicationStates.${row.publication}`)})</span>
                      ) : null}
                    </td>
                    <td className="py-2 pe-4">
                      <StatusBadge status={row.status} />
                    </td>
                    <td className="py-2 pe-4">
                      {row.latestReport ? (
                        <Link
                          href={`/workspace/reports/${row.latestReport.id}`}
                          className="text-brand-700 underline underline-offset-4"
                        >
                          {tr(`states.${row.latestReport.state}`)}
                        </Link>
                      ) : (
                        '—'
                      )}
                      {row.dueInOpenRound ? <span className="ms-2 font-semibold">{t('due')}</span> : null}
                    </td>
                    <td className="py-2 pe-4">
                      {row.publication === 'published' &&
                      (!row.latestReport || row.latestReport.state === 'verified') ? (
                        <Link
                          href={`/workspace/reports/new?commitment=${row.id}`}
                          className="text-brand-700 underline underline-offset-4"
                        >
                          {t('report', { ref: row.ref })}
                        </Link>
                      ) : row.latestReport &&
                        (row.latestReport.state === 'draft' || row.latestReport.state === 'returned') ? (
                        <Link
                          href={`/workspace/reports/${row.latestReport.id}`}
                          className="text-brand-700 underline underline-offset-4"
                        >
                          {t(row.latestReport.state === 'returned' ? 'revise' : 'continue', { ref: row.ref })}
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
