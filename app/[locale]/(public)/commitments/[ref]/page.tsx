import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getReferenceText } from '@/lib/i18n/standard-text';
import { FrameworkName, RetiredMark } from '@/components/public/reference-marks';
import { DiffersFlag } from '@/components/public/commitments-table';
import { CalendarDate } from '@/components/public/partial-date';
import { StatusBadge } from '@/components/public/status-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageSection } from '@/components/ui/page-section';
import { getCachedCommitment } from '@/db/queries/public-cache';
import { countryName, formatDate } from '@/lib/format';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { pageAlternates } from '@/lib/i18n/alternates';

type Props = { params: Promise<{ locale: string; ref: string }> };

// No loading.tsx here on purpose: the page must be able to answer 404 or redirect before streaming starts.

// Rendered on first request, then cached until its data changes (see the locale layout).
export function generateStaticParams(): { ref: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ref, locale } = await params;
  const commitment = await getCachedCommitment(ref.toUpperCase());
  if (!commitment) return {};
  return {
    title: `${commitment.ref}: ${commitment.title}`,
    alternates: await pageAlternates(`/commitments/${commitment.ref.toLowerCase()}`, locale),
  };
}

export default async function CommitmentPage({ params }: Props) {
  const { locale, ref } = await params;
  setRequestLocale(locale);
  const commitment = await getCachedCommitment(ref.toUpperCase());
  if (!commitment) notFound();
  const canonical = commitment.ref.toLowerCase();
  if (ref !== canonical) permanentRedirect(getPathname({ href: `/commitments/${canonical}`, locale }));
  const [t, reference] = await Promise.all([getTranslations('public.commitment'), getReferenceText()]);
  const country = countryName(commitment.country, locale);

  return (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <Breadcrumbs
          label={t('breadcrumb')}
          trail={[
            { href: '/countries', label: t('countries') },
            { href: `/countries/${commitment.country.iso3.toLowerCase()}`, label: country },
          ]}
          current={commitment.ref}
        />
        <p className="font-mono text-sm text-slate-700">{commitment.ref}</p>
        <h1 className="text-3xl font-bold tracking-tight" lang={commitment.language}>
          {commitment.title}
        </h1>
        <p className="text-lg">
          <span className="font-semibold">{t('status')}</span> <StatusBadge status={commitment.status} />
        </p>
      </header>

      {commitment.description ? (
        <p className="text-lg text-slate-800" lang={commitment.language}>
          {commitment.description}
        </p>
      ) : null}

      <PageSection headingId="facts-heading" title={t('factsHeading')} className="space-y-3">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
          <dt className="font-semibold">{t('country')}</dt>
          <dd>
            <Link
              href={`/countries/${commitment.country.iso3.toLowerCase()}`}
              className="text-brand-700 underline underline-offset-4"
            >
              {country}
            </Link>
          </dd>
          <dt className="font-semibold">{t('standards')}</dt>
          <dd>
            <ul>
              {commitment.standards.map((code) => {
                const standard = reference.standard({ code });
                return (
                  <li key={code} data-standard={code}>
                    <Link
                      href={`/standards/${code.toLowerCase()}`}
                      className="text-brand-700 underline underline-offset-4"
                    >
                      <span className="font-mono">{code}</span> <span {...standard.titleMark}>{standard.title}</span>
                    </Link>{' '}
                    <span className="text-sm text-slate-700">
                      (<FrameworkName framework={reference.framework(standard.frameworkCode)} />)
                    </span>
                    {standard.retiredAt ? (
                      <>
                        {' '}
                        <RetiredMark retiredAt={standard.retiredAt} />
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </dd>
          <dt className="font-semibold">{t('madeAt')}</dt>
          <dd>
            {commitment.madeAt || t('notRecorded')}
            {commitment.madeOn ? (
              <>
                {', '}
                <CalendarDate value={commitment.madeOn} />
              </>
            ) : null}
            {commitment.sourceUrl ? (
              <>
                {' '}
                (
                <a
                  href={commitment.sourceUrl}
                  className="text-brand-700 underline underline-offset-4"
                  rel="noopener noreferrer"
                >
                  {t('source')}
                </a>
                )
              </>
            ) : null}
          </dd>
          <dt className="font-semibold">{t('responsibleBody')}</dt>
          <dd>{commitment.responsibleBody || t('notRecorded')}</dd>
          <dt className="font-semibold">{t('targetDate')}</dt>
          <dd>{commitment.targetDate ? <CalendarDate value={commitment.targetDate} /> : t('notRecorded')}</dd>
        </dl>
      </PageSection>

      <PageSection headingId="history-heading" title={t('historyHeading')}>
        <p className="text-slate-700">{t('historyIntro')}</p>
        {commitment.history.length === 0 ? (
          <p className="text-slate-700">{t('noHistory')}</p>
        ) : (
          <ol className="space-y-6">
            {commitment.history.map((report) => (
              <li key={report.id} className="rounded-lg border border-slate-200 p-4" data-report={report.id}>
                <h3 className="text-lg font-semibold">
                  {t.rich('verifiedOn', {
                    date: formatDate(report.verifiedAt, locale, 'long'),
                    time: (chunks) => <time dateTime={report.verifiedAt.toISOString()}>{chunks}</time>,
                  })}
                  {report.round ? (
                    <span className="ms-2 text-base font-normal text-slate-700">({report.round})</span>
                  ) : null}
                </h3>
                <div className="mt-3 grid gap-4 md:grid-cols-2">
                  <div className="space-y-2">
                    <h4 className="font-semibold">{t('stateVoice')}</h4>
                    <p>
                      <StatusBadge status={report.claimedStatus} />
                    </p>
                    <p className="text-sm text-slate-700">
                      {t('reportedOn')} <CalendarDate value={report.reportedOn} />
                    </p>
                    {report.narrative ? (
                      <p className="whitespace-pre-line" lang={commitment.language}>
                        {report.narrative}
                      </p>
                    ) : null}
                    {report.evidence.length > 0 ? (
                      <>
                        <h5 className="font-semibold">{t('evidence')}</h5>
                        <ul className="list-inside list-disc">
                          {report.evidence.map((link) => (
                            <li key={link.url}>
                              <a
                                href={link.url}
                                className="text-brand-700 underline underline-offset-4"
                                rel="noopener noreferrer nofollow"
                              >
                                {link.label || link.url}
                              </a>
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                  </div>
                  <div className="space-y-2">
                    <h4 className="font-semibold">{t('secretariatVoice')}</h4>
                    <p className="flex flex-wrap items-center gap-2">
                      <StatusBadge status={report.assessedStatus} />
                      {report.assessedStatus !== report.claimedStatus ? <DiffersFlag label={t('differs')} /> : null}
                    </p>
                    {report.publicNote ? (
                      <p className="whitespace-pre-line" lang={commitment.language}>
                        {report.publicNote}
                      </p>
                    ) : null}
                  </div>
                </div>
              </li>
            ))}
          </ol>
        )}
      </PageSection>
    </article>
  );
}
