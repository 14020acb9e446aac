import { getLocale, getTranslations } from 'next-intl/server';
import type { ReportState } from '@/db/schema';
import { countryChoices } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import type { ReportFilters } from '@/lib/validation/report';
import { ASSESSABLE_STATUSES } from '@/lib/workflow/rules';

const selectClass = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2';

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
        <label className="block">
          <span className="font-medium">{t('state')}</span>
          <select name="state" defaultValue={filters.state ?? ''} className={selectClass}>
            <option value="">{t('any')}</option>
            {states.map((state) => (
              <option key={state} value={state}>
                {tr(`states.${state}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="block">
        <span className="font-medium">{t('country')}</span>
        <select
          name="countryId"
          defaultValue={filters.countryId ? String(filters.countryId) : ''}
          className={selectClass}
        >
          <option value="">{t('any')}</option>
          {countryChoices(countries, locale).map((country) => (
            <option key={country.id} value={country.id}>
              {country.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="font-medium">{t('round')}</span>
        <select name="roundId" defaultValue={filters.roundId ? String(filters.roundId) : ''} className={selectClass}>
          <option value="">{t('any')}</option>
          {rounds.map((round) => (
            <option key={round.id} value={round.id}>
              {round.title}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="font-medium">{t('claimedStatus')}</span>
        <select name="claimedStatus" defaultValue={filters.claimedStatus ?? ''} className={selectClass}>
          <option value="">{t('any')}</option>
          {ASSESSABLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ts(status)}
            </option>
          ))}
        </select>
      </label>
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

/** The filters as a query string's parts (without the page), for pagination links. */
export function filterQuery(raw: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '' && entry[0] !== 'page',
    ),
  );
}
