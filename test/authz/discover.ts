import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Finds every server action and every mutating route handler in the source, by reading it: a server
 * action is an export of a module whose first statement is 'use server'; a mutating route handler is
 * a POST, PUT, PATCH or DELETE export of an `app/**\/route.ts`. A read behind a session is a GET
 * export of a route under the workspace (`app/[locale]/workspace/**\/route.ts`, the downloads), which
 * must go through the read guard. Inline 'use server' functions (inside components) are reported too,
 * so that the test can refuse them: every action must live in a 'use server' module, where this scan,
 * and the matrix, can see it.
 */

const ROOTS = ['app', 'lib', 'components'];
const SKIP = new Set(['node_modules', '.next', '.data']);
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WORKSPACE_ROUTE = /^app\/\[locale\]\/workspace\/.*\/route\.tsx?$/;

export type Endpoint = { kind: 'action' | 'route' | 'read'; file: string; name: string; key: string };

function sourceFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (SKIP.has(entry) || entry.startsWith('.next')) return [];
    const relative = path.join(dir, entry);
    if (statSync(path.join(root, relative)).isDirectory()) return sourceFiles(root, relative);
    return /\.(ts|tsx)$/.test(entry) && !/\.(test|spec)\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')
      ? [relative]
      : [];
  });
}

function isDirective(statement: ts.Statement, text: string): boolean {
  return (
    ts.isExpressionStatement(statement) &&
    ts.isStringLiteral(statement.expression) &&
    statement.expression.text === text
  );
}

function hasExportModifier(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && hasExportModifier(statement) && statement.name)
      names.push(statement.name.text);
    if (ts.isVariableStatement(statement) && hasExportModifier(statement)) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    }
    if (ts.isExportAssignment(statement)) names.push('default');
  }
  return names;
}

/** 'use server' inside a function body: an inline server action. */
function inlineDirectives(source: ts.SourceFile): number {
  let found = 0;
  const visit = (node: ts.Node) => {
    if (
      (ts.isBlock(node) || ts.isModuleBlock(node)) &&
      node.statements.some((statement) => isDirective(statement, 'use server'))
    )
      found += 1;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return found;
}

export function discoverEndpoints(root: string): { endpoints: Endpoint[]; inline: string[] } {
  const endpoints: Endpoint[] = [];
  const inline: string[] = [];
  for (const file of ROOTS.flatMap((dir) => sourceFiles(root, dir)).sort()) {
    const text = readFileSync(path.join(root, file), 'utf8');
    if (!text.includes('use server') && !path.basename(file).startsWith('route.')) continue;
    const source = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const posix = file.split(path.sep).join('/');
    if (source.statements[0] && isDirective(source.statements[0], 'use server')) {
      for (const name of exportedNames(source))
        endpoints.push({ kind: 'action', file: posix, name, key: `${posix}#${name}` });
    }
    if (inlineDirectives(source) > 0) inline.push(posix);
    if (/^app\/.*\/route\.tsx?$/.test(posix)) {
      for (const name of exportedNames(source).filter((exported) => MUTATING.has(exported))) {
        endpoints.push({ kind: 'route', file: posix, name, key: `${posix}#${name}` });
      }
      if (WORKSPACE_ROUTE.test(posix) && exportedNames(source).includes('GET'))
        endpoints.push({ kind: 'read', file: posix, name: 'GET', key: `${posix}#GET` });
    }
  }
  return { endpoints, inline };
}
