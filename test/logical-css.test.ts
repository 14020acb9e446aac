import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Pages read from the right in Arabic (`dir="rtl"`, lib/i18n/routing.ts), so layout speaks of the start
 * and end of a line, never of its left and right: Tailwind's `ms-`, `pe-`, `start-`, `text-end`,
 * `border-s`, `rounded-e` rather than `ml-`, `pr-`, `left-`, `text-right`, `border-l`, `rounded-r`, and
 * `padding-inline`, `inset-inline-start`, `text-align: start` in CSS. Checked by reading the source: class
 * names in every string of the UI's TypeScript (comments are not strings) and every CSS declaration.
 */

const root = path.resolve(import.meta.dirname, '..');
const UI_DIRS = ['app', 'components'];

// A Tailwind class that names a physical side, after its variants (`md:`, `focus:`) and `!`/`-` prefixes.
// Spacing and inset classes take a value (a number, px, auto, full, [arbitrary], (--variable)), so that
// prose such as "right-to-left" in a string is not taken for one.
const VALUE = String.raw`(?:\d|px$|auto$|full$|\[|\()`;
const PHYSICAL_CLASS = new RegExp(
  [
    String.raw`^(?:scroll-)?[mp][lr]-${VALUE}`,
    String.raw`^(?:left|right)-${VALUE}`,
    String.raw`^(?:text|float|clear)-(?:left|right)$`,
    String.raw`^border-[lr](?:$|-)`,
    String.raw`^rounded-(?:[lr]|[tb][lr])(?:$|-)`,
  ].join('|'),
);

// A CSS property or value that names a physical side.
const PHYSICAL_CSS =
  /(?:^|[\s;{])(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?|left|right)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)\b/;

/** The physical classes in one class string, as written (with their variants). */
export function physicalClasses(classes: string): string[] {
  return classes.split(/\s+/).filter((token) => {
    const utility = token.split(':').at(-1)!.replace(/^!?-?/, '');
    return PHYSICAL_CLASS.test(utility);
  });
}

/** Every string literal and template-literal piece in a TypeScript source (JSX attribute values included). */
export function stringsOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A four-value `margin`, `padding` or `inset` whose right (second) and left (fourth) values differ. */
function unevenShorthand(declaration: string): boolean {
  const match = /^(?:margin|padding|inset)\s*:\s*(.+?)(?:\s*!important)?$/.exec(declaration);
  const values = match?.[1]!.split(/\s+/) ?? [];
  return values.length === 4 && values[1] !== values[3];
}

/** The CSS declarations that name a physical side, comments left out. */
export function physicalDeclarations(css: string): string[] {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/[;{}]/)
    .map((declaration) => declaration.trim())
    .filter((declaration) => PHYSICAL_CSS.test(` ${declaration}`) || unevenShorthand(declaration));
}

function uiFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return uiFiles(relative);
    return /\.(tsx?|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe('logical CSS', () => {
  it('would catch a physical class or declaration, and lets logical ones and prose through', () => {
    expect(
      physicalClasses('sr-only focus:left-2 ml-4 md:pr-6 -mr-1 text-right border-l-2 rounded-tl-md float-left'),
    ).toEqual(['focus:left-2', 'ml-4', 'md:pr-6', '-mr-1', 'text-right', 'border-l-2', 'rounded-tl-md', 'float-left']);
    expect(
      physicalClasses('focus:start-2 ms-4 md:pe-6 text-end border-s-2 rounded-ss-md px-3 mx-auto leading-tight'),
    ).toEqual([]);
    expect(physicalClasses('Read from left to right, or right-to-left')).toEqual([]);
    expect(
      stringsOf('x.tsx', '// ml-4 in a comment\n<a className="ml-4" title={`a ${b} pr-2`} />').flatMap(physicalClasses),
    ).toEqual(['ml-4', 'pr-2']);
    expect(
      physicalDeclarations(
        '/* left: 0 */ .a { padding: 0 1rem; margin-left: 2px; left: 0; text-align: right; border-right-width: 1px; padding: 0.5rem 0.75rem 0.5rem 0 }',
      ),
    ).toEqual([
      'margin-left: 2px',
      'left: 0',
      'text-align: right',
      'border-right-width: 1px',
      'padding: 0.5rem 0.75rem 0.5rem 0',
    ]);
    expect(
      physicalDeclarations(
        '.a { padding-inline: 0 1rem; inset-inline-start: 0; text-align: start; top: 0; margin: 1px 2px 3px 2px }',
      ),
    ).toEqual([]);
  });

  it('reads every UI source file', () => {
    const files = UI_DIRS.flatMap(uiFiles);
    expect(files).toContain('app/globals.css');
    expect(files).toContain('components/public/public.css');
    expect(files).toContain('components/ui/data-table.tsx');
  });

  it('no UI file names a physical side', () => {
    const found = Object.fromEntries(
      UI_DIRS.flatMap(uiFiles)
        .map((file) => {
          const text = readFileSync(path.join(root, file), 'utf8');
          const physical = file.endsWith('.css')
            ? physicalDeclarations(text)
            : stringsOf(file, text).flatMap(physicalClasses);
          return [file, physical] as const;
        })
        .filter(([, physical]) => physical.length > 0),
    );
    expect(found).toEqual({});
  });
});
