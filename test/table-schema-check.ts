import { parse } from 'csv-parse/sync';
import type { Field, TableSchema } from '@/app/api/v1/_lib/table-schemas';

/**
 * Checks a CSV against its Frictionless Table Schema, as the specification defines the types and
 * constraints this project uses: the header names the fields in order; each cell is a missing value or
 * of its field's type; required, unique, enum, pattern, minimum and maximum hold; and the primary key
 * is unique. Returns the problems found (none for a valid file) and the parsed rows.
 */

const TYPES: Record<Field['type'], (value: string) => boolean> = {
  string: () => true,
  integer: (value) => /^-?\d+$/.test(value),
  number: (value) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
  datetime: (value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value),
};

export function checkCsv(csv: string, schema: TableSchema): { problems: string[]; rows: Record<string, string>[] } {
  const records = parse(csv, { bom: true, relax_column_count: false }) as string[][];
  const [header = [], ...body] = records;
  const problems: string[] = [];
  const names = schema.fields.map((field) => field.name);
  if (JSON.stringify(header) !== JSON.stringify(names))
    problems.push(`header ${header.join(',')} ≠ ${names.join(',')}`);
  const rows = body.map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])));
  rows.forEach((row, index) => {
    for (const field of schema.fields) {
      const value = row[field.name]!;
      const where = `row ${index + 2}, ${field.name} = ${JSON.stringify(value)}`;
      const c = field.constraints ?? {};
      if (schema.missingValues.includes(value)) {
        if (c.required) problems.push(`${where}: required`);
        continue;
      }
      if (!TYPES[field.type](value)) problems.push(`${where}: not a ${field.type}`);
      if (field.format === 'uri' && !/^https?:\/\/\S+$/.test(value)) problems.push(`${where}: not a URI`);
      if (c.enum && !c.enum.includes(value)) problems.push(`${where}: not one of ${c.enum.join(', ')}`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) problems.push(`${where}: not ${c.pattern}`);
      if (c.minimum !== undefined && Number(value) < c.minimum) problems.push(`${where}: below ${c.minimum}`);
      if (c.maximum !== undefined && Number(value) > c.maximum) problems.push(`${where}: above ${c.maximum}`);
    }
  });
  const unique = [
    ...schema.fields.filter((field) => field.constraints?.unique).map((field) => [field.name]),
    ...(schema.primaryKey ? [schema.primaryKey] : []),
  ];
  for (const key of unique) {
    const values = rows.map((row) => key.map((name) => row[name]).join('\u0000'));
    if (new Set(values).size !== values.length) problems.push(`${key.join('+')} is not unique`);
  }
  return { problems, rows };
}
