import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * components/ is UI that pages in app/ put together: a form receives its server action as a prop from
 * the page that renders it. An import the other way round ties a component to one route and drags
 * that route's server code into every page that uses the component.
 */

const root = import.meta.dirname;
const self = path.basename(import.meta.filename);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|js|jsx|mjs)$/.test(entry.name) && entry.name !== self ? [full] : [];
  });
}

// `from '@/app/…'`, `import '@/app/…'`, `import('@/app/…')`, and relative paths that climb into app/.
const APP_IMPORT = /\b(?:from|import)\s*\(?\s*['"](?:@\/app(?:\/|['"])|(?:\.\.\/)+app\/)/;

function appImports(source: string): string[] {
  return source.split('\n').filter((line) => APP_IMPORT.test(line));
}

describe('components/', () => {
  it('recognises an import from app/ in each form it can take', () => {
    expect(appImports(`import { x } from '@/app/[locale]/(auth)/actions';`)).toHaveLength(1);
    expect(appImports(`import type { Y } from "@/app/api/v1/_lib/params";`)).toHaveLength(1);
    expect(appImports(`const m = await import('@/app/feed.xml/route');`)).toHaveLength(1);
    expect(appImports(`export { z } from '../../app/[locale]/workspace/users/actions';`)).toHaveLength(1);
    expect(appImports(`import { Link } from '@/lib/i18n/navigation';`)).toHaveLength(0);
    expect(appImports(`import { appOrigin } from '@/lib/auth/app-origin';`)).toHaveLength(0);
  });

  it('imports nothing from app/: pages pass server actions to forms as props', () => {
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((file) =>
      appImports(readFileSync(file, 'utf8')).map((line) => `${path.relative(root, file)}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
