import { getLocale, getTranslations } from 'next-intl/server';
import type { ReportState } from '@/db/schema';
import { FilterSelect } from '@/components/workspace/filter-select';
import { countryChoices } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import type { ReportFilters } from '@/lib/validation/report';
import { ASSESSABLE_STATUSES } from '@/lib/workflow/rules';

/**
 * The secretariat's report filters, a GET form: state (on the list of every report), member state,
 * round and claimed status. "Clear" goes back to `pathname` without a query.
 */
export async function ReportFiltersForm({
  pathname,
  filters,
  states,
  countries,
  rounds,
}: {
  pathname: string;
  filters: ReportFilters;
  /** The states offered, or none for a list of one state (the review queue). */
  states?: readonly ReportState[];
  countries: ReadonlyArray<{ id: number; iso2: string; name: string }>;
  rounds: ReadonlyArray<{ id: number; title: string }>;
}) {
  const [t, tr, ts, locale] = await Promise.all([
    getTranslations('workflow.reportFilters'),
    getTranslations('workflow.report'),
    getTranslations('public.status'),
    getLocale(),
  ]);
  return (
    <form
      method="get"
      className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2 lg:grid-cols-4"
      aria-label={t('label')}
    >
      {states ? (
        <FilterSelect
          name="state"
          label={t('state')}
          value={filters.state}
          anyLabel={t('any')}
          options={states.map((state) => ({ value: state, label: tr(`states.${state}`) }))}
        />
      ) : null}
      <FilterSelect
        name="countryId"
        label={t('country')}
        value={filters.countryId}
        anyLabel={t('any')}
        options={countryChoices(countries, locale).map((country) => ({ value: country.id, label: country.name }))}
      />
      <FilterSelect
        name="roundId"
        label={t('round')}
        value={filters.roundId}
        anyLabel={t('any')}
        options={rounds.map((round) => ({ value: round.id, label: round.title }))}
      />
      <FilterSelect
        name="claimedStatus"
        label={t('claimedStatus')}
        value={filters.claimedStatus}
        anyLabel={t('any')}
        options={ASSESSABLE_STATUSES.map((status) => ({ value: status, label: ts(status) }))}
      />
      <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white">
          {t('apply')}
        </button>
        <Link
          href={pathname}
          className="inline-flex min-h-11 items-center px-4 py-2 text-brand-700 underline underline-offset-4"
        >
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
