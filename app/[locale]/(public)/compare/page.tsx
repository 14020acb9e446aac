import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { COMPARE_MAX, parseCompareSelection } from '@/lib/public/compare-selection';
import { DistributionBar } from '@/components/public/distribution-bar';
import { getStandardText } from '@/lib/i18n/standard-text';
import { ScoreValue } from '@/components/public/score-value';
import { StandingBadge } from '@/components/public/standing-badge';
import { TrendIndicator } from '@/components/public/trend-indicator';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import {
  getCachedCountries,
  getCachedCountryProfile,
  getCachedCountryScoreHistory,
  getCachedStandards,
} from '@/db/queries/public-cache';
import { countryName, sortByName } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { latestTrend, progressByStandard } from '@/lib/score-history';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';
import { pageAlternates } from '@/lib/i18n/alternates';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The states to compare come from the query: rendered per request, from the cached data.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'public.compare' });
  return { title: t('title'), description: t('intro'), alternates: await pageAlternates('/compare', locale) };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, tStatus, format, countries, standards, query, text] = await Promise.all([
    getTranslations('public.compare'),
    getTranslations('public.status'),
    getFormatter(),
    getCachedCountries(),
    getCachedStandards(),
    searchParams,
    getStandardText(),
  ]);
  const options = sortByName(
    countries.map((country) => ({ code: country.iso3.toLowerCase(), name: countryName(country, locale) })),
    (option) => option.name,
    locale,
  );
  const selection = parseCompareSelection(query.countries, new Set(options.map((option) => option.code)));
  const states = selection.tooFew
    ? []
    : await Promise.all(
        selection.codes.map(async (code) => {
          const [profile, history] = await Promise.all([
            getCachedCountryProfile(code.toUpperCase()),
            getCachedCountryScoreHistory(code.toUpperCase()),
          ]);
          return { code, profile: profile!, history };
        }),
      );
  const compared = states
    .filter((state) => state.profile)
    .map((state) => ({
      ...state,
      name: countryName(state.profile.country, locale),
      trend: state.history.length > 0 ? latestTrend(state.history) : null,
      perStandard: progressByStandard(standards, state.profile.commitments),
    }));
  type Compared = (typeof compared)[number];
  // The table is turned: states are its columns, so that they sit side by side, and each row is one measure.
  type Measure = {
    key: string;
    label: ReactNode;
    cell: (state: Compared) => ReactNode;
    figures?: boolean;
    figure?: string;
  };
  const measures: Measure[] = [
    {
      key: 'standing',
      label: t('rows.standing'),
      cell: (state) => <StandingBadge standing={state.profile.standing} />,
    },
    {
      key: 'score',
      label: t('rows.score'),
      figures: true,
      figure: 'score',
      cell: (state) => <ScoreValue score={state.profile.score} />,
    },
    {
      key: 'trend',
      label: t('rows.trend'),
      cell: (state) => (state.trend ? <TrendIndicator {...state.trend} /> : t('noRounds')),
    },
    {
      key: 'commitments',
      label: t('rows.commitments'),
      figures: true,
      figure: 'commitments',
      cell: (state) => format.number(state.profile.commitments.length),
    },
    ...IMPLEMENTATION_STATUSES.map((status): Measure => ({
      key: status,
      label: t('rows.status', { status: tStatus(status) }),
      figures: true,
      cell: (state) => format.number(state.profile.distribution[status]),
    })),
    {
      key: 'distribution',
      label: t('rows.distribution'),
      cell: (state) => <DistributionBar distribution={state.profile.distribution} showLegend={false} />,
    },
    ...standards.map(text).map((standard, index): Measure => ({
      key: standard.code,
      label: t.rich('rows.standard', {
        code: standard.code,
        title: standard.title,
        name: (chunks) => <span {...standard.titleMark}>{chunks}</span>,
      }),
      figures: true,
      cell: (state) => {
        const progress = state.perStandard[index];
        return progress && progress.commitments > 0 ? (
          <>
            <ScoreValue score={progress.score} />{' '}
            <span className="text-sm text-slate-700">{t('standardCommitments', { count: progress.commitments })}</span>
          </>
        ) : (
          <span className="text-slate-700">{t('noCommitments')}</span>
        );
      },
    })),
  ];
  const tableColumns: DataColumn<Measure>[] = [
    { key: 'measure', label: '', rowHeader: true, cell: (measure) => measure.label },
    ...compared.map((state): DataColumn<Measure> => ({
      key: state.code,
      label: state.name,
      header: (
        <Link href={`/countries/${state.code}`} className="text-brand-700 underline underline-offset-4">
          {state.name}
        </Link>
      ),
      headerData: { 'data-country': state.code },
      // Start-aligned like the rest of the column (which mixes figures and words), with tabular digits.
      className: (measure) => (measure.figures ? 'tabular-nums' : undefined),
      cellData: (measure) => ({ 'data-figure': measure.figure }),
      cell: (measure) => measure.cell(state),
    })),
  ];
  const chosen = [...selection.codes, ...Array<string>(COMPARE_MAX).fill('')].slice(0, COMPARE_MAX);
  const field = 'mt-1 block w-full rounded border border-slate-500 bg-white px-2 py-1.5 text-base';

  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
      </header>

      <form
        method="get"
        aria-labelledby="compare-form-heading"
        className="no-print space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
      >
        <h2 id="compare-form-heading" className="text-lg font-semibold">
          {t('formHeading')}
        </h2>
        <div className="flex flex-wrap items-end gap-4">
          {chosen.map((code, index) => (
            <div key={index}>
              <label htmlFor={`compare-${index}`} className="text-sm font-medium">
                {t('stateLabel', { number: index + 1 })}
              </label>
              <select id={`compare-${index}`} name="countries" defaultValue={code} className={field}>
                <option value="">{t('none')}</option>
                {options.map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t('submit')}
          </button>
        </div>
      </form>

      {selection.unknown.length > 0 || selection.tooMany || selection.tooFew ? (
        <div
          role="status"
          className="space-y-1 rounded border border-amber-800 bg-amber-50 p-4 text-amber-950"
          data-compare-messages="true"
        >
          {selection.unknown.length > 0 ? (
            <p data-message="unknown">
              {t('unknown', { count: selection.unknown.length, codes: selection.unknown.join(', ') })}
            </p>
          ) : null}
          {selection.tooMany ? <p data-message="too-many">{t('tooMany', { max: COMPARE_MAX })}</p> : null}
          {selection.tooFew ? <p data-message="too-few">{t('tooFew')}</p> : null}
        </div>
      ) : null}

      {compared.length >= 2 ? (
        <DataTable
          caption={t('caption', { states: compared.map((state) => state.name).join(', ') })}
          captionId="compare-caption"
          columns={tableColumns}
          rows={measures}
          rowKey={(measure) => measure.key}
          scroll
        />
      ) : null}
    </div>
  );
}
