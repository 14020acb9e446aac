import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from './namespaces';
import { locales } from './routing';

const root = path.resolve(import.meta.dirname, '../../messages');

function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value))
      for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function read(locale: string, namespace: string): Map<string, unknown> {
  return leaves(JSON.parse(readFileSync(path.join(root, locale, `${namespace}.json`), 'utf8')));
}

/** ICU placeholders such as {count} or {name, select, …}: a translation must use the same ones. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((match) => match[1]!))].sort();
}

describe('message files', () => {
  it('exist for every locale and namespace, and nothing else is lying around', () => {
    for (const locale of locales) {
      const files = readdirSync(path.join(root, locale))
        .filter((file) => file.endsWith('.json'))
        .sort();
      expect(files).toEqual(namespaces.map((namespace) => `${namespace}.json`).sort());
    }
  });

  for (const namespace of namespaces) {
    it(`${namespace}: every locale has exactly the English keys, no empty strings, the same placeholders`, () => {
      const english = read('en', namespace);
      for (const locale of locales) {
        const other = read(locale, namespace);
        expect({ locale, keys: [...other.keys()].sort() }).toEqual({ locale, keys: [...english.keys()].sort() });
        for (const [key, value] of other) {
          expect({ locale, key, type: typeof value }).toEqual({ locale, key, type: 'string' });
          expect({ locale, key, empty: String(value).trim() === '' }).toEqual({ locale, key, empty: false });
          expect({ locale, key, placeholders: placeholders(String(value)) }).toEqual({
            locale,
            key,
            placeholders: placeholders(String(english.get(key))),
          });
        }
      }
    });
  }
});
