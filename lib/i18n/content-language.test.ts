import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES, isContentLanguage, languageName, languageOptions } from './content-language';

describe('content languages', () => {
  it('hold at least the six UN languages, and nothing that is not a bare language subtag', () => {
    expect(CONTENT_LANGUAGES).toEqual(expect.arrayContaining(['ar', 'zh', 'en', 'fr', 'ru', 'es']));
    for (const code of CONTENT_LANGUAGES) expect(code).toMatch(/^[a-z]{2,3}$/);
    expect(isContentLanguage('fr')).toBe(true);
    expect(isContentLanguage('english')).toBe(false);
  });

  it('are named and sorted in the reader’s language', () => {
    expect(languageName('es', 'fr')).toBe('espagnol');
    expect(languageOptions('fr').slice(0, 3)).toEqual([
      { value: 'en', label: 'anglais' },
      { value: 'ar', label: 'arabe' },
      { value: 'zh', label: 'chinois' },
    ]);
    expect(
      languageOptions('en')
        .slice(0, 3)
        .map((option) => option.label),
    ).toEqual(['Arabic', 'Chinese', 'English']);
  });
});
