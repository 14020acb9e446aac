import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ScoreValue } from '@/components/public/score-value';
import { StandingBadge } from '@/components/public/standing-badge';
import { StatusBadge } from '@/components/public/status-badge';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { getCachedRecordAsOf } from '@/db/queries/public-cache';
import { findCountryByIso3 } from '@/db/queries/countries';
import { asOfDayOf, changesBetween, todayUtc } from '@/lib/as-of';
import { countryName, formatDate } from '@/lib/format';
import { localisedUrl, pageAlternates } from '@/lib/i18n/alternates';
import { Link } from '@/lib/i18n/navigation';
import { siteOrigin } from '@/lib/site-url';

type Props = { params: Promise<{ locale: string; iso3: string; date: string }> };

// Rendered on first request, then cached whole. The record of a past day is cached for good
// (getCachedRecordAsOf): it is read from the database once and never again. "What changed since" is
// measured against today's record, which carries the state's tag, so a verification drops this page
// too, and it is rebuilt from the same record of that day and the new one of today.
export function generateStaticParams(): { date: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, iso3, date } = await params;
  const [country, day] = [await findCountryByIso3({ iso3 }), asOfDayOf(date)];
  if (!country || !day) return {};
  const t = await getTranslations({ locale, namespace: 'public.asOf' });
  const values = { country: countryName(country, locale), date: formatDate(day, locale, 'long') };
  return {
    title: t('metaTitle', values),
    description: t('metaDescription', values),
    alternates: await pageAlternates(`/countries/${country.iso3.toLowerCase()}/as-of/${day}`, locale),
  };
}

export default async function CountryAsOfPage({ params }: Props) {
  const { locale, iso3, date } = await params;
  setRequestLocale(locale);
  const day = asOfDayOf(date);
  if (!day) notFound();
  const [t, ts, format, country, then, now, origin] = await Promise.all([
    getTranslations('public.asOf'),
    getTranslations('public'),
    getFormatter(),
    findCountryByIso3({ iso3 }),
    getCachedRecordAsOf(iso3, day),
    getCachedRecordAsOf(iso3, todayUtc()),
    siteOrigin(),
  ]);
  if (!country || !then || !now) notFound();
  const name = countryName(country, locale);
  const shown = formatDate(day, locale, 'long');
  const code = country.iso3.toLowerCase();
  const url = localisedUrl(origin, `/countries/${code}/as-of/${day}`, locale);
  const hasRecord = then.standing !== 'none' || then.commitments.length > 0;
  const changes = changesBetween(then, now);
  const titled = (row: { ref: string; title: string; language: string }) => (
    <>
      <span className="font-mono text-sm">{row.ref}</span> <span lang={row.language}>{row.title}</span>
    </>
  );
  const commitmentColumns: DataColumn<(typeof then.commitments)[number]>[] = [
    { label: t('commitment'), rowHeader: true, className: 'font-normal', cell: titled },
    { label: t('status'), cell: (commitment) => <StatusBadge status={commitment.status} /> },
    {
      label: t('lastVerified'),
      cell: (commitment) =>
        commitment.latestVerified ? (
          <time dateTime={commitment.latestVerified.reviewedAt.toISOString()}>
            {formatDate(commitment.latestVerified.reviewedAt, locale, 'long')}
          </time>
        ) : (
          t('notVerified')
        ),
    },
  ];
  const changeColumns: DataColumn<(typeof changes)[number]>[] = [
    { label: t('commitment'), rowHeader: true, className: 'font-normal', cell: titled },
    { label: t('changeKind'), cell: (change) => t(`change.${change.change}`) },
    { label: t('then'), cell: (change) => (change.statusThen ? ts(`status.${change.statusThen}`) : t('notPublic')) },
    { label: t('now'), cell: (change) => (change.statusNow ? ts(`status.${change.statusNow}`) : t('notPublic')) },
  ];

  return (
    <article className="scorecard space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t('heading', { country: name, date: shown })}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t('intro', { date: shown })}</p>
        <p className="no-print flex flex-wrap gap-4">
          <Link href={`/countries/${code}`} className="text-brand-700 underline underline-offset-4">
            {t('current', { country: name })}
          </Link>
          <Link href="/methodology#as-of-heading" className="text-brand-700 underline underline-offset-4">
            {t('method')}
          </Link>
        </p>
      </header>

      <section aria-labelledby="cite-heading" className="space-y-2">
        <h2 id="cite-heading" className="text-2xl font-semibold">
          {t('citeHeading')}
        </h2>
        <p
          className="max-w-3xl rounded border border-slate-300 bg-slate-50 p-3 [overflow-wrap:anywhere]"
          data-citation="true"
        >
          {t('citation', { country: name, date: shown, url })}
        </p>
      </section>

      {hasRecord ? (
        <>
          <section aria-labelledby="summary-heading" className="space-y-4">
            <h2 id="summary-heading" className="sr-only">
              {t('score')}
            </h2>
            <dl className="grid max-w-3xl grid-cols-1 gap-4 min-[24rem]:grid-cols-2 sm:grid-cols-3">
              <div className="flex flex-col-reverse rounded-lg border border-slate-200 bg-slate-50 p-4">
                <dt className="mt-1 text-sm text-slate-700">{t('standing')}</dt>
                <dd data-figure="standing">
                  <StandingBadge standing={then.standing} size="lg" />
                </dd>
              </div>
              <div className="flex flex-col-reverse rounded-lg border border-slate-200 bg-slate-50 p-4">
                <dt className="mt-1 text-sm text-slate-700">{t('score')}</dt>
                <dd className="text-3xl font-bold tabular-nums" data-figure="score">
                  <ScoreValue score={then.score} className="" />
                </dd>
              </div>
              <div className="flex flex-col-reverse rounded-lg border border-slate-200 bg-slate-50 p-4">
                <dt className="mt-1 text-sm text-slate-700">{t('publishedCommitments')}</dt>
                <dd className="text-3xl font-bold tabular-nums" data-figure="commitments">
                  {format.number(then.commitments.length)}
                </dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="commitments-heading" className="space-y-4">
            <h2 id="commitments-heading" className="text-2xl font-semibold">
              {t('commitmentsHeading')}
            </h2>
            <DataTable
              caption={t('commitmentsCaption', { country: name, date: shown })}
              captionId="as-of-commitments-caption"
              columns={commitmentColumns}
              rows={then.commitments}
              rowKey={(commitment) => commitment.ref}
              rowData={(commitment) => ({ 'data-ref': commitment.ref })}
              tableData={{ 'data-table': 'as-of-commitments' }}
              scroll
            />
          </section>
        </>
      ) : (
        <p className="max-w-3xl text-lg" data-no-record="true">
          {t('noRecord', { country: name, date: shown })}
        </p>
      )}

      <section aria-labelledby="changes-heading" className="space-y-4">
        <h2 id="changes-heading" className="text-2xl font-semibold">
          {t('changesHeading', { date: shown })}
        </h2>
        {changes.length === 0 ? (
          <p>{t('noChanges')}</p>
        ) : (
          <DataTable
            caption={t('changesCaption', { date: shown })}
            captionId="changes-caption"
            columns={changeColumns}
            rows={changes}
            rowKey={(change) => change.ref}
            rowData={(change) => ({ 'data-ref': change.ref, 'data-change': change.change })}
            tableData={{ 'data-table': 'changes' }}
            scroll
          />
        )}
      </section>
    </article>
  );
}
