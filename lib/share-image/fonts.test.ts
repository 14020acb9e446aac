import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEBIAN_FONT_ROOT, fontFromCollection } from './fonts';

describe('fontFromCollection', () => {
  const collection = readFileSync(path.join(DEBIAN_FONT_ROOT, 'opentype/noto/NotoSansCJK-Regular.ttc'));

  it('takes the named face out of a .ttc as a font file of its own', () => {
    const font = Buffer.from(fontFromCollection(collection, 'Noto Sans CJK SC')!);
    // An OpenType font with CFF outlines starts 'OTTO'; its name table names the Simplified Chinese face.
    expect(font.toString('latin1', 0, 4)).toBe('OTTO');
    expect(font.includes(Buffer.from('Noto Sans CJK SC', 'utf16le').swap16())).toBe(true);
    expect(font.includes(Buffer.from('Noto Sans CJK JP', 'utf16le').swap16())).toBe(false);
  });

  it('finds nothing for a face the collection lacks, or in a file that is not a collection', () => {
    expect(fontFromCollection(collection, 'Noto Sans CJK XX')).toBeNull();
    expect(fontFromCollection(Buffer.from('OTTO0000000000000000'), 'Noto Sans CJK SC')).toBeNull();
  });
});
