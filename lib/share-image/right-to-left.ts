/**
 * Arabic for the share image. Satori (next/og) joins Arabic letters but lays every line out left to
 * right: words come out in reverse order, and a word's box is measured from its unjoined letters, so
 * spaces grow uneven (satori issue #74, "RTL languages", still open). So the image does what a browser
 * would do, in the small way its short lines need: each letter is replaced by its joined form from
 * Unicode's Arabic Presentation Forms (which satori measures and draws one for one), each word is put in
 * visual order, and the words are laid out from the right by the caller (a `row-reverse` flex line).
 * Vowel marks are left out: they are optional in Modern Standard Arabic and would need placing by hand.
 */

/** Base letter → [isolated form, number of forms]: 4 joins on both sides, 2 only to the letter before. */
const FORMS: Record<number, readonly [number, 1 | 2 | 4]> = {
  0x0621: [0xfe80, 1],
  0x0622: [0xfe81, 2],
  0x0623: [0xfe83, 2],
  0x0624: [0xfe85, 2],
  0x0625: [0xfe87, 2],
  0x0626: [0xfe89, 4],
  0x0627: [0xfe8d, 2],
  0x0628: [0xfe8f, 4],
  0x0629: [0xfe93, 2],
  0x062a: [0xfe95, 4],
  0x062b: [0xfe99, 4],
  0x062c: [0xfe9d, 4],
  0x062d: [0xfea1, 4],
  0x062e: [0xfea5, 4],
  0x062f: [0xfea9, 2],
  0x0630: [0xfeab, 2],
  0x0631: [0xfead, 2],
  0x0632: [0xfeaf, 2],
  0x0633: [0xfeb1, 4],
  0x0634: [0xfeb5, 4],
  0x0635: [0xfeb9, 4],
  0x0636: [0xfebd, 4],
  0x0637: [0xfec1, 4],
  0x0638: [0xfec5, 4],
  0x0639: [0xfec9, 4],
  0x063a: [0xfecd, 4],
  0x0641: [0xfed1, 4],
  0x0642: [0xfed5, 4],
  0x0643: [0xfed9, 4],
  0x0644: [0xfedd, 4],
  0x0645: [0xfee1, 4],
  0x0646: [0xfee5, 4],
  0x0647: [0xfee9, 4],
  0x0648: [0xfeed, 2],
  0x0649: [0xfeef, 2],
  0x064a: [0xfef1, 4],
};
const TATWEEL = 0x0640;
const LAM = 0x0644;
/** Lam followed by one of these alefs is one obligatory ligature (isolated form; +1 is the final form). */
const LAM_ALEF: Record<number, number> = { 0x0622: 0xfef5, 0x0623: 0xfef7, 0x0625: 0xfef9, 0x0627: 0xfefb };

const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/gu;
/** Directional marks and isolates: the image orders the text itself, and the fonts have no glyph for them. */
const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const ARABIC = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/u;
/** A run that reads left to right inside Arabic: Latin words, numbers with their separators, a percentage. */
const LEFT_TO_RIGHT_RUN = /[A-Za-z0-9\u00c0-\u024f]+(?:[.,:/\-][A-Za-z0-9\u00c0-\u024f]+)*%?/gu;
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '«': '»',
  '»': '«',
  '<': '>',
  '>': '<',
};

function joinsBefore(code: number | undefined): boolean {
  if (code === undefined) return false;
  return code === TATWEEL || FORMS[code]?.[1] === 4;
}

function joinsAfter(code: number | undefined): boolean {
  if (code === undefined) return false;
  return code === TATWEEL || (FORMS[code]?.[1] ?? 0) >= 2;
}

/** Each Arabic letter replaced by its contextual presentation form, in logical order. */
export function joinArabic(text: string): string {
  const codes = [...text.replace(MARKS, '')].map((char) => char.codePointAt(0)!);
  let out = '';
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i]!;
    const forms = FORMS[code];
    if (!forms) {
      out += String.fromCodePoint(code);
      continue;
    }
    const joinedToPrevious = joinsBefore(codes[i - 1]);
    const next = codes[i + 1];
    const ligature = code === LAM && next !== undefined ? LAM_ALEF[next] : undefined;
    if (ligature !== undefined) {
      out += String.fromCodePoint(ligature + (joinedToPrevious ? 1 : 0));
      i += 1;
      continue;
    }
    const [isolated, count] = forms;
    const joinedToNext = count === 4 && joinsAfter(next);
    const form = count === 1 ? 0 : joinedToPrevious && joinedToNext ? 3 : joinedToPrevious ? 1 : joinedToNext ? 2 : 0;
    out += String.fromCodePoint(isolated + form);
  }
  return out;
}

/** One word in the order its glyphs are drawn from left to right; Latin and numbers inside keep theirs. */
function visualWord(word: string): string {
  const pieces: string[] = [];
  let last = 0;
  for (const match of word.matchAll(LEFT_TO_RIGHT_RUN)) {
    if (match.index > last) pieces.push(reverseRightToLeft(word.slice(last, match.index)));
    pieces.push(match[0]);
    last = match.index + match[0].length;
  }
  if (last < word.length) pieces.push(reverseRightToLeft(word.slice(last)));
  return pieces.reverse().join('');
}

function reverseRightToLeft(text: string): string {
  return [...joinArabic(text)]
    .reverse()
    .map((char) => MIRRORED[char] ?? char)
    .join('');
}

/**
 * A line of right-to-left text as the pieces a `row-reverse` flex line lays out from the right: in
 * logical order (the first piece goes rightmost), each piece already in drawing order. A run of words
 * with no Arabic in it ("Engagement Tracker", "67%") stays one piece, so that it reads left to right.
 */
export function rightToLeftPieces(text: string): string[] {
  const words = text.replace(CONTROLS, '').split(/\s+/u).filter(Boolean);
  const pieces: string[] = [];
  let latin: string[] = [];
  for (const word of words) {
    if (ARABIC.test(word)) {
      if (latin.length) pieces.push(latin.join(' '));
      latin = [];
      pieces.push(visualWord(word));
    } else {
      latin.push(word);
    }
  }
  if (latin.length) pieces.push(latin.join(' '));
  return pieces;
}
