import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04, { type ErrorObject } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { strFromU8, unzipSync } from 'fflate';
import type { TableSchema } from '@/app/api/v1/_lib/table-schemas';
import { checkCsv } from './table-schema-check';

/**
 * Checks a Frictionless data package as a researcher's tools would: the descriptor against the
 * published Tabular Data Package profile, each resource's schema against the Table Schema profile
 * (both JSON Schemas, in test/fixtures/frictionless), every CSV against its table schema, and every
 * foreign key resolved. Shared by the bulk download's Vitest test and the browser journey
 * (e2e/open-data.spec.ts), so that both hold the download to the same standard.
 */

export type DataPackage = {
  name: string;
  created: string;
  licenses: { name: string }[];
  sources: unknown[];
  resources: { name: string; path: string; schema: TableSchema }[];
};

/**
 * The zip opened: every file as text, and its descriptor. (Text drops a byte-order mark; a check of one
 * must read the bytes.)
 */
export function openPackage(zip: Uint8Array): { files: Record<string, string>; descriptor: DataPackage } {
  const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
  return { files, descriptor: JSON.parse(files['datapackage.json'] ?? 'null') as DataPackage };
}

const profiles = path.resolve(import.meta.dirname, 'fixtures/frictionless');
const profile = (name: string) => JSON.parse(readFileSync(path.join(profiles, name), 'utf8')) as object;
const ajv = new AjvDraft04({ strict: false, allErrors: true });
addFormats(ajv);
// The profiles mark free text as format "textarea", a hint for form editors: any string is one.
ajv.addFormat('textarea', true);
const validatePackage = ajv.compile(profile('tabular-data-package.json'));
const validateTableSchema = ajv.compile(profile('table-schema.json'));

const described = (where: string, errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => `${where}${error.instancePath}: ${error.message}`);

/** What the profiles find wrong with a descriptor and its resources' schemas; none for a valid one. */
export function descriptorProblems(descriptor: unknown): string[] {
  const problems = validatePackage(descriptor) ? [] : described('datapackage.json', validatePackage.errors);
  const resources = (descriptor as Partial<DataPackage>).resources ?? [];
  for (const resource of resources)
    if (!validateTableSchema(resource.schema))
      problems.push(...described(`${resource.name}.schema`, validateTableSchema.errors));
  return problems;
}

/**
 * Every file of the package against its resource's table schema, and every foreign key resolved
 * against the rows of the resource it names. Returns the problems (none for a valid package) and the
 * parsed rows of each resource, by name.
 */
export function packageFileProblems(
  descriptor: DataPackage,
  files: Record<string, string>,
): { problems: string[]; rowsOf: Map<string, Record<string, string>[]> } {
  const problems: string[] = [];
  const rowsOf = new Map<string, Record<string, string>[]>();
  for (const resource of descriptor.resources) {
    const file = files[resource.path];
    if (file === undefined) {
      problems.push(`${resource.path}: not in the package`);
      continue;
    }
    const checked = checkCsv(file, resource.schema);
    problems.push(...checked.problems.map((problem) => `${resource.path}: ${problem}`));
    rowsOf.set(resource.name, checked.rows);
  }
  for (const resource of descriptor.resources) {
    for (const key of resource.schema.foreignKeys ?? []) {
      const [field] = key.fields;
      const [target] = key.reference.fields;
      const targets = new Set((rowsOf.get(key.reference.resource) ?? []).map((row) => row[target!]));
      for (const row of rowsOf.get(resource.name) ?? [])
        if (!targets.has(row[field!]))
          problems.push(
            `${resource.path}: ${field} = ${JSON.stringify(row[field!])} is not in ${key.reference.resource}`,
          );
    }
  }
  return { problems, rowsOf };
}
