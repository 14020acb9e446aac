import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers' direction, checked by reading the source: app → components/lib → db/queries → db/schema.
 * The query layer holds rows only, so it imports nothing that holds the rules of a write (validation
 * schemas, the CSV reader, the workflow's rules and services) and nothing from the UI above it.
 * See docs/ARCHITECTURE.md.
 */

const root = path.resolve(import.meta.dirname, '..');
const QUERIES = 'db/queries';
const FORBIDDEN_IN_QUERIES = ['lib/validation', 'lib/csv', 'lib/workflow', 'app', 'components'];

/** Every module a source file imports, re-exports, imports dynamically or requires, as written. */
export function importedSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) found.push(literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A specifier as a path from the repository root (`@/lib/x` and `../../lib/x` alike); packages stay as they are. */
export function repositoryPath(fromFile: string, specifier: string): string {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return specifier;
}

function isUnder(target: string, folder: string): boolean {
  return target === folder || target.startsWith(`${folder}/`) || target.startsWith(`${folder}.`);
}

/** The imports of `file` that point into a forbidden folder. */
export function forbiddenImports(file: string, text: string, forbidden: readonly string[]): string[] {
  return importedSpecifiers(file, text).filter((specifier) =>
    forbidden.some((folder) => isUnder(repositoryPath(file, specifier), folder)),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe('the query layer', () => {
  const files = sourceFiles(QUERIES);

  it('the check sees imports of every form, and would catch a forbidden one', () => {
    const sample = [
      "import { a } from '@/lib/workflow/rules';",
      "import type { B } from '../../lib/validation/commitment';",
      "export { c } from '@/lib/csv/import';",
      "const d = await import('@/components/ui/field');",
      "type E = import('@/lib/workflow').E;",
      "import { f } from '@/lib/dates';",
      "import { g } from './commitments';",
      "import { sql } from 'drizzle-orm';",
    ].join('\n');
    expect(forbiddenImports('db/queries/sample.ts', sample, FORBIDDEN_IN_QUERIES)).toEqual([
      '@/lib/workflow/rules',
      '../../lib/validation/commitment',
      '@/lib/csv/import',
      '@/components/ui/field',
      '@/lib/workflow',
    ]);
    // A folder's name is matched whole: `lib/workflowish` is not `lib/workflow`.
    expect(forbiddenImports('db/queries/x.ts', "import '@/lib/workflowish';", ['lib/workflow'])).toEqual([]);
  });

  it('is read in full: every query module and the imports it has', () => {
    expect(files).toContain('db/queries/commitments.ts');
    expect(files).toContain('db/queries/reports.ts');
    expect(files.some((file) => file.endsWith('.test.ts'))).toBe(false);
    const commitments = readFileSync(path.join(root, 'db/queries/commitments.ts'), 'utf8');
    expect(importedSpecifiers('db/queries/commitments.ts', commitments)).toContain('@/db/schema');
  });

  it('imports nothing from validation, the CSV reader, the workflow or the UI', () => {
    const found = Object.fromEntries(
      files
        .map((file) => [
          file,
          forbiddenImports(file, readFileSync(path.join(root, file), 'utf8'), FORBIDDEN_IN_QUERIES),
        ])
        .filter(([, specifiers]) => specifiers!.length > 0),
    );
    expect(found).toEqual({});
  });
});
