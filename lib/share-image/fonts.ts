import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Fonts for the share image, read from Debian's Noto packages (fonts-noto-core for Latin, Cyrillic and
 * Arabic, fonts-noto-cjk for Chinese) where the machine has them. next/og bundles one Latin font and
 * fetches any other glyph from a web font service at render time; a server should not depend on that,
 * so every glyph the image draws must be in these files. A language whose script has no font here gets
 * `null`, and the image is drawn in the default language instead (see country-image.tsx).
 */

export type ShareFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };

export const DEBIAN_FONT_ROOT = '/usr/share/fonts';

const LATIN = [
  { name: 'Noto Sans', file: 'truetype/noto/NotoSans-Regular.ttf', weight: 400 },
  { name: 'Noto Sans', file: 'truetype/noto/NotoSans-Bold.ttf', weight: 700 },
] as const;
const ARABIC = [
  { name: 'Noto Sans Arabic', file: 'truetype/noto/NotoSansArabic-Regular.ttf', weight: 400 },
  { name: 'Noto Sans Arabic', file: 'truetype/noto/NotoSansArabic-Bold.ttf', weight: 700 },
] as const;
// One weight only: each face is 16 MB once parsed, and the bold title reads well in the regular face.
const CHINESE = [
  { name: 'Noto Sans CJK SC', file: 'opentype/noto/NotoSansCJK-Regular.ttc', weight: 400, face: 'Noto Sans CJK SC' },
] as const;

type Source = { name: string; file: string; weight: 400 | 700; face?: string };

const SCRIPT_FONTS: Record<string, readonly Source[]> = { ar: ARABIC, zh: CHINESE };

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** The family name in a font's `name` table contains this text (UTF-16BE, as Windows names are stored). */
function nameTableHas(font: Buffer, tableOffset: number, numTables: number, text: string): boolean {
  for (let i = 0; i < numTables; i += 1) {
    const record = tableOffset + 12 + 16 * i;
    if (font.toString('latin1', record, record + 4) !== 'name') continue;
    const offset = font.readUInt32BE(record + 8);
    const table = font.subarray(offset, offset + font.readUInt32BE(record + 12));
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    return table.includes(utf16be);
  }
  return false;
}

/**
 * One face of a TrueType/OpenType collection (.ttc) as a standalone font file: satori's font parser
 * reads single fonts only. The face's tables are copied behind a new table directory.
 */
export function fontFromCollection(collection: Buffer, face: string): ArrayBuffer | null {
  if (collection.toString('latin1', 0, 4) !== 'ttcf') return null;
  const count = collection.readUInt32BE(8);
  for (let index = 0; index < count; index += 1) {
    const directory = collection.readUInt32BE(12 + 4 * index);
    const numTables = collection.readUInt16BE(directory + 4);
    if (!nameTableHas(collection, directory, numTables, face)) continue;
    const tables = Array.from({ length: numTables }, (_, i) => {
      const record = directory + 12 + 16 * i;
      return {
        tag: collection.readUInt32BE(record),
        checksum: collection.readUInt32BE(record + 4),
        offset: collection.readUInt32BE(record + 8),
        length: collection.readUInt32BE(record + 12),
      };
    });
    const headerLength = 12 + 16 * numTables;
    const padded = (length: number) => (length + 3) & ~3;
    const out = Buffer.alloc(headerLength + tables.reduce((sum, table) => sum + padded(table.length), 0));
    collection.copy(out, 0, directory, directory + 12);
    let position = headerLength;
    tables.forEach((table, i) => {
      const record = 12 + 16 * i;
      out.writeUInt32BE(table.tag, record);
      out.writeUInt32BE(table.checksum, record + 4);
      out.writeUInt32BE(position, record + 8);
      out.writeUInt32BE(table.length, record + 12);
      collection.copy(out, position, table.offset, table.offset + table.length);
      position += padded(table.length);
    });
    return toArrayBuffer(out);
  }
  return null;
}

function load(sources: readonly Source[], root: string): ShareFont[] | null {
  const fonts: ShareFont[] = [];
  for (const source of sources) {
    const file = path.join(root, source.file);
    if (!existsSync(file)) return null;
    const bytes = readFileSync(file);
    const data = source.face ? fontFromCollection(bytes, source.face) : toArrayBuffer(bytes);
    if (!data) return null;
    fonts.push({ name: source.name, data, weight: source.weight, style: 'normal' });
  }
  return fonts;
}

// One array per language and root, kept: satori caches its parsed fonts by the array's identity.
const cache = new Map<string, ShareFont[] | null>();

/** The fonts that draw every glyph of the share image in `locale`, or null where the machine lacks one. */
export function shareImageFonts(locale: string, root: string = DEBIAN_FONT_ROOT): ShareFont[] | null {
  const key = `${root}|${locale}`;
  if (!cache.has(key)) {
    const latin = load(LATIN, root);
    const script = SCRIPT_FONTS[locale];
    const extra = script ? load(script, root) : [];
    cache.set(key, latin && extra ? [...latin, ...extra] : null);
  }
  return cache.get(key)!;
}
