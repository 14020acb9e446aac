import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ScoreHistoryChart } from '@/components/charts/score-history-chart';
import { CommitmentsTable } from '@/components/public/commitments-table';
import { DistributionBar } from '@/components/public/distribution-bar';
import { MembershipTimeline } from '@/components/public/membership-timeline';
import { RegionName } from '@/components/public/region-name';
import { ScoreValue } from '@/components/public/score-value';
import { StandardProgressByFramework } from '@/components/public/standard-progress-table';
import { StandingBadge } from '@/components/public/standing-badge';
import { TrendIndicator } from '@/components/public/trend-indicator';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageSection } from '@/components/ui/page-section';
import { findCountryByIso3 } from '@/db/queries/countries';
import { getCachedCountryProfile, getCachedCountryScoreHistory, getCachedStandards } from '@/db/queries/public-cache';
import { countryName, formatDate } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { todayUtc } from '@/lib/as-of';
import { isStale, latestTrend, progressByStandard } from '@/lib/score-history';
import { siteOrigin } from '@/lib/site-url';
import { countryFeedUrl } from '@/lib/feeds/country-feed';
import { siteFeedUrl } from '@/lib/feeds/site-feed';
import { countryBadgeUrl } from '@/lib/badge/country-badge';
import { countryImageUrl } from '@/lib/share-image/country-image';
import { pageAlternates } from '@/lib/i18n/alternates';

type Props = { params: Promise<{ locale: string; iso3: string }> };

// Rendered on first request, then cached until its data changes (see the locale layout).
export function generateStaticParams(): { iso3: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, iso3 } = await params;
  const country = await findCountryByIso3({ iso3 });
  if (!country) return {};
  const t = await getTranslations({ locale, namespace: 'public.country' });
  const name = countryName(country, locale);
  const origin = await siteOrigin();
  const image = {
    url: countryImageUrl(origin, country.iso3, locale),
    width: 1200,
    height: 630,
    alt: t('embedTitle', { country: name }),
  };
  return {
    title: name,
    description: t('metaDescription', { country: name }),
    openGraph: { title: name, description: t('metaDescription', { country: name }), images: [image], type: 'website' },
    twitter: { card: 'summary_large_image', images: [image.url] },
    alternates: await pageAlternates(`/countries/${country.iso3.toLowerCase()}`, locale, {
      types: {
        'application/atom+xml': [
          { url: countryFeedUrl(origin, country.iso3, locale), title: t('feedTitle', { country: name }) },
          { url: siteFeedUrl(origin, locale), title: t('feedAll') },
        ],
      },
    }),
  };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function embedSnippet(origin: string, code: string, title: string, locale: string): string {
  const prefix = locale === routing.defaultLocale ? '' : `/${locale}`;
  return `<iframe src="${origin}${prefix}/embed/countries/${code}" title="${escapeAttribute(title)}" width="360" height="240" style="border:0" loading="lazy"></iframe>`;
}

export default async function CountryPage({ params }: Props) {
  const { locale, iso3 } = await params;
  setRequestLocale(locale);
  const [t, format, profile, history, standards, origin] = await Promise.all([
    getTranslations('public.country'),
    getFormatter(),
    getCachedCountryProfile(iso3.toUpperCase()),
    getCachedCountryScoreHistory(iso3.toUpperCase()),
    getCachedStandards(),
    siteOrigin(),
  ]);
  if (!profile) notFound();
  const name = countryName(profile.country, locale);
  const code = profile.country.iso3.toLowerCase();
  const counted = profile.commitments.length;
  const movement = latestTrend(history);
  const stale = isStale(profile.lastVerifiedAt);

  return (
    <article className="scorecard space-y-10">
      <header className="space-y-3">
        <Breadcrumbs
          label={t('breadcrumb')}
          trail={[{ href: '/countries', label: t('allCountries') }]}
          current={name}
        />
        <h1 className="text-3xl font-bold tracking-tight">{name}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <StandingBadge standing={profile.standing} size="lg" />
          <span className="text-slate-700">
            <span className="sr-only">{t('region')}: </span>
            <RegionName region={profile.country.region} />
          </span>
          <Link
            href={{ pathname: '/compare', query: { countries: code } }}
            className="no-print text-brand-700 underline underline-offset-4"
          >
            {t('compareWith', { country: name })}
          </Link>
        </div>
      </header>

      <PageSection headingId="summary-heading" title={t('summaryHeading')} className="print-avoid-break space-y-4">
        <dl className="grid max-w-3xl grid-cols-1 gap-4 min-[24rem]:grid-cols-2 sm:grid-cols-3">
          <div className="flex flex-col-reverse rounded-lg border border-slate-200 bg-slate-50 p-4">
            <dt className="mt-1 text-sm text-slate-700">{t('score')}</dt>
            <dd className="text-3xl font-bold tabular-nums" data-figure="score">
              <ScoreValue score={profile.score} className="" />
            </dd>
          </div>
          <div className="flex flex-col-reverse rounded-lg border border-slate-200 bg-slate-50 p-4">
            <dt className="mt-1 text-sm text-slate-700">{t('trend')}</dt>
            <dd className="text-base font-semibold" data-figure="trend">
              {history.length > 0 ? <TrendIndicator {...movement} /> : t('noRounds')}
            </dd>
          </div>
          <div className="flex flex-col-reverse rounded-lg border border-slate-200 bg-slate-50 p-4">
            <dt className="mt-1 text-sm text-slate-700">{t('publishedCommitments')}</dt>
            <dd className="text-3xl font-bold tabular-nums" data-figure="commitments">
              {format.number(counted)}
            </dd>
          </div>
        </dl>
        <p className="text-sm text-slate-800" data-figure="last-verified">
          {profile.lastVerifiedAt ? (
            <>
              {t.rich('lastVerified', {
                date: formatDate(profile.lastVerifiedAt, locale, 'long'),
                time: (chunks) => <time dateTime={profile.lastVerifiedAt!.toISOString()}>{chunks}</time>,
              })}
              {stale ? (
                <strong
                  className="ms-2 inline-flex items-center gap-1 rounded bg-amber-50 px-2 py-0.5 text-amber-950"
                  data-stale="true"
                >
                  {t('stale', { date: formatDate(profile.lastVerifiedAt, locale, 'month') })}
                </strong>
              ) : null}
            </>
          ) : (
            t('neverVerified')
          )}
        </p>
        {counted > 0 ? (
          <div className="max-w-xl">
            <DistributionBar distribution={profile.distribution} />
          </div>
        ) : null}
      </PageSection>

      <PageSection headingId="standards-heading" title={t('standardsHeading')} className="print-avoid-break space-y-4">
        <StandardProgressByFramework
          // A retired standard is listed where the state has commitments under it, not as an empty row.
          rows={progressByStandard(standards, profile.commitments).filter(
            (row, index) => row.commitments > 0 || standards[index]!.retiredAt === null,
          )}
          caption={(framework, nameTag) =>
            t.rich('standardsCaption', { country: name, framework: framework.name, name: nameTag })
          }
          headingIdPrefix="standards-framework"
        />
      </PageSection>

      <PageSection headingId="commitments-heading" title={t('commitmentsHeading')} description={t('voicesIntro')}>
        <CommitmentsTable commitments={profile.commitments} caption={t('commitmentsCaption', { country: name })} />
      </PageSection>

      <PageSection headingId="history-heading" title={t('historyHeading')} className="print-avoid-break space-y-4">
        <ScoreHistoryChart history={history} caption={t('historyCaption', { country: name })} />
      </PageSection>

      <PageSection
        headingId="membership-heading"
        title={t('membershipHeading')}
        className="print-avoid-break space-y-4"
      >
        <MembershipTimeline events={profile.events} />
      </PageSection>

      <PageSection headingId="reuse-heading" title={t('reuseHeading')} className="no-print space-y-4">
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href={`/api/v1/countries/${code}.csv`} download className="text-brand-700 underline underline-offset-4">
              {t('downloadCsv')}
            </a>
          </li>
          <li>
            <a href={`/api/v1/countries/${code}`} className="text-brand-700 underline underline-offset-4">
              {t('downloadJson')}
            </a>
          </li>
          <li>
            <Link href="/data" className="text-brand-700 underline underline-offset-4">
              {t('aboutData')}
            </Link>
          </li>
          <li>
            <Link
              href={`/countries/${code}/as-of/${todayUtc()}`}
              className="text-brand-700 underline underline-offset-4"
            >
              {t('citeToday')}
            </Link>
          </li>
          <li>
            <a href={countryFeedUrl(origin, code, locale)} className="text-brand-700 underline underline-offset-4">
              {t('feedLink', { country: name })}
            </a>
          </li>
        </ul>
        <h3 className="text-lg font-semibold">{t('embedHeading')}</h3>
        <p className="max-w-3xl text-slate-700">{t('embedIntro')}</p>
        <figure>
          <figcaption className="text-sm font-medium">{t('embedCodeLabel')}</figcaption>
          <pre
            className="mt-1 overflow-x-auto rounded border border-slate-300 bg-slate-50 p-3 text-sm whitespace-pre-wrap [overflow-wrap:anywhere]"
            dir="ltr"
            tabIndex={0}
            data-embed-snippet="true"
          >
            <code>{embedSnippet(origin, code, t('embedTitle', { country: name }), locale)}</code>
          </pre>
        </figure>
        <p className="text-slate-700">{t('badgeIntro')}</p>
        <pre
          className="overflow-x-auto rounded border border-slate-300 bg-slate-50 p-3 text-sm whitespace-pre-wrap [overflow-wrap:anywhere]"
          dir="ltr"
          tabIndex={0}
        >
          <code>{`<img src="${countryBadgeUrl(origin, code, locale)}" alt="${escapeAttribute(t('embedTitle', { country: name }))}">`}</code>
        </pre>
      </PageSection>
    </article>
  );
}
