import { strToU8, zipSync } from 'fflate';
import { getCachedOpenDataTables } from '@/db/queries/public-cache';
import { CSV_DIALECT } from '@/lib/csv/dialect';
import { toApiCsv } from './respond';
import {
  commitmentOut,
  countryOut,
  flattenCountry,
  flattenDistribution,
  flattenReport,
  membershipEventOut,
  reportOut,
  roundScoreOut,
  standardOut,
} from './serialize';
import { BULK_FILE_NAMES, BULK_RESOURCES as RESOURCES, columnsOf, type BulkFileName } from './table-schemas';

/**
 * The bulk download: every public table as one whole CSV (the API pages at 1,000 rows), described by a
 * Frictionless Tabular Data Package. The rows come from one cached read (getCachedOpenDataTables) that
 * any change to public data drops, through the same serializers as the API, so the zip holds exactly
 * the rows and values the API serves.
 */

export type BulkFiles = { files: Record<BulkFileName, string>; dataDate: Date };

export async function buildBulkFiles(origin: string): Promise<BulkFiles> {
  const tables = await getCachedOpenDataTables();
  const histories = tables.histories;
  const commitments = tables.commitments.map((row) => commitmentOut(row, origin));
  const reports = tables.reports.map(reportOut);
  const rounds = [...histories.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([iso3, history]) => history.map((round) => roundScoreOut(iso3, round)));
  const csv = (name: BulkFileName, rows: readonly Record<string, unknown>[]) =>
    toApiCsv(columnsOf(RESOURCES[name].table), rows);
  // The date of the data: its latest change, so that an unchanged data set gives the same bytes.
  const instants = [
    ...tables.commitments.map((row) => row.updatedAt.getTime()),
    ...tables.reports.map((row) => row.verifiedAt.getTime()),
  ];
  const dataDate = new Date(instants.length > 0 ? Math.max(...instants) : Date.UTC(2020, 0, 1));
  return {
    dataDate,
    files: {
      'countries.csv': csv(
        'countries.csv',
        tables.countries.map((row) => flattenCountry(countryOut(row, histories.get(row.iso3), origin))),
      ),
      'commitments.csv': csv('commitments.csv', commitments),
      'reports.csv': csv('reports.csv', reports.map(flattenReport)),
      'standards.csv': csv(
        'standards.csv',
        tables.standards.map((row) => flattenDistribution(standardOut(row, origin))),
      ),
      'membership-events.csv': csv('membership-events.csv', tables.events.map(membershipEventOut)),
      'scores-by-round.csv': csv('scores-by-round.csv', rounds),
    },
  };
}

/**
 * The data package descriptor. Inside the zip the resources' paths are the files beside it; served on
 * its own, they are the URLs of the same whole files (/api/v1/bulk/{file}).
 */
export function dataPackage(origin: string, dataDate: Date, paths: 'relative' | 'absolute') {
  return {
    profile: 'tabular-data-package',
    name: 'engagement-tracker',
    title: 'Engagement Tracker: commitments under the Civil Society Standards and their verified progress',
    description:
      'Published commitments of the member states, the secretariat-verified status of each, verified progress reports with both the state’s claim and the secretariat’s assessment, the standards, membership of the Governing Council and the score by reporting round. Lists inside a cell are separated by ";".',
    homepage: `${origin}/data`,
    version: dataDate.toISOString(),
    created: dataDate.toISOString(),
    keywords: ['civil society', 'commitments', 'accountability', 'open data'],
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0 International',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    sources: [{ title: 'Engagement Tracker', path: `${origin}/` }],
    resources: BULK_FILE_NAMES.map((file) => {
      const resource = RESOURCES[file];
      return {
        profile: 'tabular-data-resource',
        name: resource.name,
        title: resource.title,
        path: paths === 'relative' ? file : `${origin}/api/v1/bulk/${file}`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: CSV_DIALECT.encoding,
        dialect: {
          delimiter: CSV_DIALECT.delimiter,
          lineTerminator: CSV_DIALECT.lineTerminator,
          quoteChar: CSV_DIALECT.quoteChar,
          doubleQuote: CSV_DIALECT.doubleQuote,
          header: CSV_DIALECT.header,
        },
        schema: resource.table,
      };
    }),
  };
}

/** The zip, byte for byte the same for the same data (fixed file times), so its ETag holds. */
export function zipBulk({ files, dataDate }: BulkFiles, origin: string): Uint8Array<ArrayBuffer> {
  const descriptor = `${JSON.stringify(dataPackage(origin, dataDate, 'relative'), null, 2)}\n`;
  const entries = Object.fromEntries([
    ['datapackage.json', strToU8(descriptor)],
    ...BULK_FILE_NAMES.map((file) => [file, strToU8(files[file])]),
  ]);
  const zipped = zipSync(entries, { level: 6, mtime: dataDate });
  return new Uint8Array(zipped);
}
