import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { pageAlternates } from '@/lib/i18n/alternates';
import { siteOrigin } from '@/lib/site-url';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'public.data' });
  return { title: t('title'), description: t('intro'), alternates: await pageAlternates('/data', locale) };
}

const ENDPOINTS = [
  { path: '/api/v1/countries', csv: '/api/v1/countries.csv', key: 'countries', params: [] },
  { path: '/api/v1/countries/{iso3}', csv: '/api/v1/countries/{iso3}.csv', key: 'country', params: ['as_of'] },
  {
    path: '/api/v1/commitments',
    csv: '/api/v1/commitments.csv',
    key: 'commitments',
    params: ['country', 'standard', 'status', 'since', 'limit', 'cursor'],
  },
  { path: '/api/v1/standards', csv: '/api/v1/standards.csv', key: 'standards', params: [] },
  {
    path: '/api/v1/reports',
    csv: '/api/v1/reports.csv',
    key: 'reports',
    params: ['country', 'commitment', 'since', 'limit', 'cursor'],
  },
  { path: '/api/v1/bulk.zip', csv: '/api/v1/bulk/{file}', key: 'bulk', params: [] },
  { path: '/api/v1/datapackage.json', csv: null, key: 'datapackage', params: [] },
] as const;

const FIELDS = [
  'iso3',
  'standing',
  'ref',
  'status',
  'score',
  'trend',
  'claimed_status',
  'assessed_status',
  'verified_at',
  'public_note',
  'updated_at',
  'date_precision',
] as const;

/**
 * schema.org Dataset, with the zip, the CSV files and the API as its distributions: the fields that
 * Google Dataset Search and DCAT harvesters (via the schema.org–DCAT mapping) read.
 */
function datasetJsonLd(origin: string, name: string, description: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    url: `${origin}/data`,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
    keywords: ['civil society', 'commitments', 'accountability', 'open data'],
    creator: { '@type': 'Organization', name: 'Community of Democracies, Permanent Secretariat' },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/zip', contentUrl: `${origin}/api/v1/bulk.zip` },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: `${origin}/api/v1/datapackage.json`,
        description: 'Frictionless Data Package descriptor',
      },
      ...['countries', 'commitments', 'reports', 'standards'].map((file) => ({
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: `${origin}/api/v1/bulk/${file}.csv`,
      })),
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/vnd.oai.openapi+json',
        contentUrl: `${origin}/api/v1/openapi.json`,
        description: 'OpenAPI 3.1 description of the JSON API',
      },
    ],
  };
}

export default async function DataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, origin] = await Promise.all([getTranslations('public.data'), siteOrigin()]);
  const code = 'rounded bg-slate-100 px-1 font-mono text-sm';
  // JSON in a script element: "<" escaped so that no text in it can close the element.
  const jsonLd = JSON.stringify(datasetJsonLd(origin, t('title'), t('intro'))).replace(/</g, '\\u003c');

  return (
    <article className="max-w-4xl space-y-10">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
      </header>

      <section aria-labelledby="bulk-heading" className="space-y-3">
        <h2 id="bulk-heading" className="text-2xl font-semibold">
          {t('bulkHeading')}
        </h2>
        <p>{t('bulkIntro')}</p>
        <ul className="list-inside list-disc space-y-1">
          <li>
            <a href="/api/v1/bulk.zip" download className="text-brand-700 underline underline-offset-4">
              {t('bulk')}
            </a>
          </li>
          <li>
            <a href="/api/v1/datapackage.json" className="text-brand-700 underline underline-offset-4">
              {t('datapackage')}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="downloads-heading" className="space-y-3">
        <h2 id="downloads-heading" className="text-2xl font-semibold">
          {t('downloadsHeading')}
        </h2>
        <ul className="list-inside list-disc space-y-1">
          <li>
            <a href="/api/v1/countries.csv" download className="text-brand-700 underline underline-offset-4">
              {t('downloads.countries')}
            </a>
          </li>
          <li>
            <a
              href="/api/v1/commitments.csv?limit=1000"
              download
              className="text-brand-700 underline underline-offset-4"
            >
              {t('downloads.commitments')}
            </a>
          </li>
          <li>
            <a href="/api/v1/standards.csv" download className="text-brand-700 underline underline-offset-4">
              {t('downloads.standards')}
            </a>
          </li>
          <li>
            <a href="/api/v1/reports.csv?limit=1000" download className="text-brand-700 underline underline-offset-4">
              {t('downloads.reports')}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="api-heading" className="space-y-4">
        <h2 id="api-heading" className="text-2xl font-semibold">
          {t('apiHeading')}
        </h2>
        <p>{t('apiIntro')}</p>
        <p>
          {t.rich('openapi', {
            link: (chunks) => (
              <a href="/api/v1/openapi.json" className="text-brand-700 underline underline-offset-4">
                {chunks}
              </a>
            ),
          })}
        </p>
        <div className="table-scroll" role="region" aria-labelledby="endpoints-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="endpoints-caption">{t('endpointsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('endpoint')}</th>
                <th scope="col">{t('returns')}</th>
                <th scope="col">{t('parameters')}</th>
              </tr>
            </thead>
            <tbody>
              {ENDPOINTS.map((endpoint) => (
                <tr key={endpoint.path}>
                  <th scope="row" className="font-normal">
                    <code className={code}>{endpoint.path}</code>
                    {endpoint.csv ? (
                      <>
                        <br />
                        <code className={code}>{endpoint.csv}</code>
                      </>
                    ) : null}
                  </th>
                  <td>{t(`endpoints.${endpoint.key}`)}</td>
                  <td>
                    {endpoint.params.length === 0 ? (
                      t('noParameters')
                    ) : (
                      <ul>
                        {endpoint.params.map((param) => (
                          <li key={param}>
                            <code className={code}>{param}</code>: {t(`params.${param}`)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>{t('conventions')}</p>
      </section>

      <section aria-labelledby="dictionary-heading" className="space-y-4">
        <h2 id="dictionary-heading" className="text-2xl font-semibold">
          {t('dictionaryHeading')}
        </h2>
        <table className="data-table">
          <caption>{t('dictionaryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map((field) => (
              <tr key={field}>
                <th scope="row" className="font-normal">
                  <code className={code}>{field}</code>
                </th>
                <td>{t(`fields.${field}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-list-separator=";">{t('listSeparator')}</p>
      </section>

      <section aria-labelledby="licence-heading" className="space-y-3">
        <h2 id="licence-heading" className="text-2xl font-semibold">
          {t('licenceHeading')}
        </h2>
        <p>
          {t.rich('licence', {
            link: (chunks) => (
              <a
                href="https://creativecommons.org/licenses/by/4.0/"
                className="text-brand-700 underline underline-offset-4"
                rel="license noopener"
              >
                {chunks}
              </a>
            ),
          })}
        </p>
      </section>
    </article>
  );
}
