import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/routing';
import { ACTIONS } from '@/lib/permissions';
import { STANDARD_RETIREMENT_ACTIONS } from '@/lib/validation/framework';
import { PUBLICATION_ACTIONS, ROUND_ACTIONS } from '@/lib/workflow/rules';
import { auditActionKey, describeAuditAction, PAGE_ACTION_PREFIX, wordsOf } from './audit-words';

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((entry) => {
    const relative = path.join(dir, entry);
    if (statSync(path.join(root, relative)).isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry) && !/\.(test|spec)\.tsx?$/.test(entry) ? [relative] : [];
  });
}

const CODE = "'([a-z_]+(?:\\.[a-z_]+)+)'";
/** Where the source names an audited action: an event's `action`, the sign-in and framework audit helpers, a wrapper's `name`. */
const PATTERNS = [
  new RegExp(`action: ${CODE}`, 'g'),
  new RegExp(`action: [^,\\n]*\\? ${CODE} : ${CODE}`, 'g'),
  new RegExp(`\\baudit\\(${CODE}`, 'g'),
  new RegExp(`audited\\(ctx, ${CODE}`, 'g'),
];
const WRAPPER_NAME = new RegExp(`name: ${CODE}`, 'g');

/** Every action code the source can write to the audit log, read from the source itself. */
function auditedActions(): Set<string> {
  const found = new Set<string>();
  for (const file of ['lib', 'app'].flatMap(sourceFiles)) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const patterns = /define(Action|Route|ReadRoute)\(/.test(text) ? [...PATTERNS, WRAPPER_NAME] : PATTERNS;
    for (const pattern of patterns)
      for (const match of text.matchAll(pattern)) for (const code of match.slice(1)) if (code) found.add(code);
  }
  // Codes the source builds from a move's name (`round.${input.action}` and the like).
  for (const action of ROUND_ACTIONS) found.add(`round.${action}`);
  for (const action of PUBLICATION_ACTIONS) found.add(`commitment.${action}`);
  for (const action of STANDARD_RETIREMENT_ACTIONS) found.add(`standard.${action}`);
  for (const action of ['verify', 'return']) found.add(`report.${action}`);
  // Permissions, which the page guard writes as `page.<permission>` and services as themselves.
  for (const action of ACTIONS) found.add(action);
  return found;
}

function messagesOf(locale: string) {
  return JSON.parse(readFileSync(path.join(root, 'messages', locale, 'workspace.json'), 'utf8'));
}

function translatorOf(locale: string) {
  return wordsOf(createTranslator({ locale, messages: { workspace: messagesOf(locale) }, namespace: 'workspace' }));
}

describe('audit log words', () => {
  const actions = [...auditedActions()].sort();

  it('finds the codes in the source, wrappers and services alike', () => {
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.sign_in',
        'commitment.import_file',
        'user.deactivate',
        'user.set_active',
        'round.open',
      ]),
    );
    expect(actions.length).toBeGreaterThan(60);
  });

  it.each(locales)('every code the source can audit has words in %s', (locale) => {
    const t = translatorOf(locale);
    expect(actions.filter((action) => !t.has(auditActionKey(action)))).toEqual([]);
  });

  it('words a refused page by its permission, and shows an unknown code as itself', () => {
    const t = translatorOf('fr');
    expect(describeAuditAction(`${PAGE_ACTION_PREFIX}audit.read`, t)).toBe(
      'Ouvrir une page qui exige « Consulter le journal d’audit »',
    );
    expect(describeAuditAction('user.deactivate', t)).toBe('Désactiver un compte');
    expect(describeAuditAction('test.unknown', t)).toBe('test.unknown');
  });
});
