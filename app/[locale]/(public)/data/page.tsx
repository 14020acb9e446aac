import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { PageSection } from '@/components/ui/page-section';
import { pageAlternates } from '@/lib/i18n/alternates';
import { siteOrigin } from '@/lib/site-url';
import { LIST_SEPARATOR } from '@/lib/csv/dialect';

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
  'framework',
  'retired_on',
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
  const endpointColumns: DataColumn<(typeof ENDPOINTS)[number]>[] = [
    {
      label: t('endpoint'),
      rowHeader: true,
      className: 'font-normal',
      cell: (endpoint) => (
        <>
          <code className={code}>{endpoint.path}</code>
          {endpoint.csv ? (
            <>
              <br />
              <code className={code}>{endpoint.csv}</code>
            </>
          ) : null}
        </>
      ),
    },
    { label: t('returns'), cell: (endpoint) => t(`endpoints.${endpoint.key}`) },
    {
      label: t('parameters'),
      cell: (endpoint) =>
        endpoint.params.length === 0 ? (
          t('noParameters')
        ) : (
          <ul>
            {endpoint.params.map((param) => (
              <li key={param}>
                <code className={code}>{param}</code>: {t(`params.${param}`)}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  const fieldColumns: DataColumn<(typeof FIELDS)[number]>[] = [
    {
      label: t('field'),
      rowHeader: true,
      className: 'font-normal',
      cell: (field) => <code className={code}>{field}</code>,
    },
    { label: t('meaning'), cell: (field) => t(`fields.${field}`) },
  ];
  // JSON in a script element: "<" escaped so that no text in it can close the element.
  const jsonLd = JSON.stringify(datasetJsonLd(origin, t('title'), t('intro'))).replace(/</g, '\\u003c');

  return (
    <article className="max-w-4xl space-y-10">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
      </header>

      <PageSection headingId="bulk-heading" title={t('bulkHeading')} className="space-y-3">
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
      </PageSection>

      <PageSection headingId="downloads-heading" title={t('downloadsHeading')} className="space-y-3">
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
      </PageSection>

      <PageSection headingId="api-heading" title={t('apiHeading')}>
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
        <DataTable
          caption={t('endpointsCaption')}
          captionId="endpoints-caption"
          columns={endpointColumns}
          rows={ENDPOINTS}
          rowKey={(endpoint) => endpoint.path}
          scroll
        />
        <p>{t('conventions')}</p>
      </PageSection>

      <PageSection headingId="dictionary-heading" title={t('dictionaryHeading')} className="space-y-4">
        <DataTable caption={t('dictionaryCaption')} columns={fieldColumns} rows={FIELDS} rowKey={(field) => field} />
        <p data-list-separator={LIST_SEPARATOR}>{t('listSeparator')}</p>
        <p id="csv-dialect">{t('csvDialect')}</p>
      </PageSection>

      <PageSection headingId="licence-heading" title={t('licenceHeading')} className="space-y-3">
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
      </PageSection>
    </article>
  );
}
