import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { STANDINGS } from '@/lib/standing';
import type { CountriesView } from '@/lib/public/countries-view';

/**
 * The filters of /countries as a plain GET form: it works with no JavaScript, and the resulting address
 * is the view itself, to bookmark or share. The current sort rides along in hidden fields.
 */
export async function CountryFilters({
  view,
  regions,
}: {
  view: CountriesView;
  regions: readonly { value: string; label: string }[];
}) {
  const [t, tStanding] = await Promise.all([
    getTranslations('public.countries.filters'),
    getTranslations('public.standing'),
  ]);
  const field = 'mt-1 block w-full rounded border border-slate-500 bg-white px-2 py-1.5 text-base';
  const filtered = Boolean(view.region || view.standing || view.q);
  return (
    <form
      method="get"
      role="search"
      aria-label={t('label')}
      className="no-print flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <div>
        <label htmlFor="filter-q" className="text-sm font-medium">
          {t('search')}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={view.q} className={field} autoComplete="off" />
      </div>
      <div>
        <label htmlFor="filter-region" className="text-sm font-medium">
          {t('region')}
        </label>
        <select id="filter-region" name="region" defaultValue={view.region} className={field}>
          <option value="">{t('allRegions')}</option>
          {regions.map((region) => (
            <option key={region.value} value={region.value}>
              {region.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-standing" className="text-sm font-medium">
          {t('standing')}
        </label>
        <select id="filter-standing" name="standing" defaultValue={view.standing} className={field}>
          <option value="">{t('allStandings')}</option>
          {STANDINGS.map((standing) => (
            <option key={standing} value={standing}>
              {tStanding(standing)}
            </option>
          ))}
        </select>
      </div>
      {view.sort !== 'name' ? <input type="hidden" name="sort" value={view.sort} /> : null}
      {view.dir !== 'asc' ? <input type="hidden" name="dir" value={view.dir} /> : null}
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t('apply')}
      </button>
      {filtered ? (
        <Link href="/countries" className="py-2 text-brand-700 underline underline-offset-4">
          {t('clear')}
        </Link>
      ) : null}
    </form>
  );
}
