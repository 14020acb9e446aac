import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { CommitmentsTable } from '@/components/public/commitments-table';
import { DistributionBar } from '@/components/public/distribution-bar';
import { MembershipTimeline } from '@/components/public/membership-timeline';
import { RegionName } from '@/components/public/region-name';
import { ScoreValue } from '@/components/public/score-value';
import { StandingBadge } from '@/components/public/standing-badge';
import { getCountryProfile } from '@/db/queries/countries';
import { findCountryByIso3 } from '@/db/queries/scorecards';
import { countryName } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string; iso3: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, iso3 } = await params;
  const country = await findCountryByIso3({ iso3 });
  if (!country) return {};
  const t = await getTranslations({ locale, namespace: 'public.country' });
  const name = countryName(country, locale);
  return { title: name, description: t('metaDescription', { country: name }) };
}

export default async function CountryPage({ params }: Props) {
  const { locale, iso3 } = await params;
  setRequestLocale(locale);
  const [t, format, profile] = await Promise.all([getTranslations('public.country'), getFormatter(), getCountryProfile({ iso3 })]);
  if (!profile) notFound();
  const name = countryName(profile.country, locale);
  const counted = profile.commitments.length;

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <nav aria-label={t('breadcrumb')} className="text-sm no-print">
          <ol className="flex gap-2">
            <li>
              <Link href="/countries" className="text-brand-700 underline underline-offset-4">
                {t('allCountries')}
              </Link>
            </li>
            <li aria-hidden="true">›</li>
            <li>
              <span aria-current="page">{name}</span>
            </li>
          </ol>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">{name}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <StandingBadge standing={profile.standing} size="lg" />
          <span className="text-slate-700">
            <span className="sr-only">{t('region')}: </span>
            <RegionName region={profile.country.region} />
          </span>
        </div>
      </header>

      <section aria-labelledby="summary-heading" className="space-y-4">
        <h2 id="summary-heading" className="text-2xl font-semibold">
          {t('summaryHeading')}
        </h2>
        <dl className="grid max-w-xl grid-cols-2 gap-4">
          <div className="flex flex-col-reverse rounded-lg border border-slate-200 bg-slate-50 p-4">
            <dt className="mt-1 text-sm text-slate-700">{t('score')}</dt>
            <dd className="text-3xl font-bold tabular-nums" data-figure="score">
              <ScoreValue score={profile.score} className="" />
            </dd>
          </div>
          <div className="flex flex-col-reverse rounded-lg border border-slate-200 bg-slate-50 p-4">
            <dt className="mt-1 text-sm text-slate-700">{t('publishedCommitments')}</dt>
            <dd className="text-3xl font-bold tabular-nums" data-figure="commitments">
              {format.number(counted)}
            </dd>
          </div>
        </dl>
        {counted > 0 ? (
          <div className="max-w-xl">
            <DistributionBar distribution={profile.distribution} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="membership-heading" className="space-y-4">
        <h2 id="membership-heading" className="text-2xl font-semibold">
          {t('membershipHeading')}
        </h2>
        <MembershipTimeline events={profile.events} />
      </section>

      <section aria-labelledby="commitments-heading" className="space-y-4">
        <h2 id="commitments-heading" className="text-2xl font-semibold">
          {t('commitmentsHeading')}
        </h2>
        <CommitmentsTable commitments={profile.commitments} caption={t('commitmentsCaption', { country: name })} />
      </section>
    </article>
  );
}
