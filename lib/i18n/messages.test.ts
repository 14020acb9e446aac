import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
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

type Plural = { argument: string; ordinal: boolean; categories: string[] };

/** Every plural in a message (nested ones too), with the categories it spells out (`=0` and the like aside). */
function pluralsOf(elements: MessageFormatElement[]): Plural[] {
  return elements.flatMap((element) => {
    const own: Plural[] =
      element.type === TYPE.plural
        ? [
            {
              argument: element.value,
              ordinal: element.pluralType === 'ordinal',
              categories: Object.keys(element.options).filter((category) => !category.startsWith('=')),
            },
          ]
        : [];
    const options = 'options' in element ? Object.values(element.options) : [];
    const children = element.type === TYPE.tag ? [element.children] : options.map((option) => option.value);
    return [...own, ...children.flatMap((child) => pluralsOf(child))];
  });
}

/**
 * What a plural must say in a language: every category that language's rules can choose (Russian one,
 * few, many, other; Arabic zero, one, two, few, many, other; Chinese other alone), and nothing else.
 * A missing one falls back to `other` at run time, which in Russian or Arabic is the wrong form.
 */
function pluralProblems(locale: string, message: string): string[] {
  const rules = {
    cardinal: new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[],
    ordinal: new Intl.PluralRules(locale, { type: 'ordinal' }).resolvedOptions().pluralCategories as string[],
  };
  return pluralsOf(parse(message)).flatMap(({ argument, ordinal, categories }) => {
    const required = ordinal ? rules.ordinal : rules.cardinal;
    return [
      ...required.filter((category) => !categories.includes(category)).map((c) => `{${argument}} lacks ${c}`),
      ...categories.filter((category) => !required.includes(category)).map((c) => `{${argument}} has ${c}`),
    ];
  });
}

type Glossary = { terms: Record<string, { keys: string[] } & Record<string, string | string[]>> };
const glossary = JSON.parse(readFileSync(path.join(root, 'glossary.json'), 'utf8')) as Glossary;

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

    it(`${namespace}: every message parses as ICU, and every plural has each category its language needs`, () => {
      for (const locale of locales) {
        for (const [key, value] of read(locale, namespace)) {
          let problems: string[];
          try {
            problems = pluralProblems(locale, String(value));
          } catch (error) {
            problems = [`does not parse: ${(error as Error).message}`];
          }
          expect({ locale, key, problems }).toEqual({ locale, key, problems: [] });
        }
      }
    });
  }
});

describe('the glossary', () => {
  it('gives every term in every locale, and names only keys that exist', () => {
    for (const [term, entry] of Object.entries(glossary.terms)) {
      for (const locale of locales)
        expect({ term, locale, wording: typeof entry[locale] }).toEqual({ term, locale, wording: 'string' });
      for (const reference of entry.keys) {
        const [namespace, key] = reference.split(':') as [string, string];
        expect({ term, reference, exists: read('en', namespace).has(key) }).toEqual({ term, reference, exists: true });
      }
    }
  });

  it('is what the keys it names say, word for word, in every locale', () => {
    for (const [term, entry] of Object.entries(glossary.terms)) {
      for (const reference of entry.keys) {
        const [namespace, key] = reference.split(':') as [string, string];
        for (const locale of locales)
          expect({ term, reference, locale, text: read(locale, namespace).get(key) }).toEqual({
            term,
            reference,
            locale,
            text: entry[locale],
          });
      }
    }
  });
});

describe('the plural check', () => {
  it('fails a plural that lacks a category its language needs, or has one it cannot use', () => {
    const russian = '{count, plural, one {# отчёт} few {# отчёта} other {# отчёта}}';
    expect(pluralProblems('ru', russian)).toEqual(['{count} lacks many']);
    expect(pluralProblems('ar', '{n, plural, one {#} other {#}}')).toEqual([
      '{n} lacks few',
      '{n} lacks many',
      '{n} lacks two',
      '{n} lacks zero',
    ]);
    expect(pluralProblems('zh', '{n, plural, =0 {无} one {#} other {#}}')).toEqual(['{n} has one']);
    // A plural inside a select, inside a tag, is found too.
    expect(pluralProblems('en', '<b>{kind, select, a {{n, plural, other {#}}} other {x}}</b>')).toEqual([
      '{n} lacks one',
    ]);
  });
});
