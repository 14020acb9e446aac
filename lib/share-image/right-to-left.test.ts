import { describe, expect, it } from 'vitest';
import { joinArabic, rightToLeftPieces } from './right-to-left';

const codes = (text: string) => [...text].map((char) => char.codePointAt(0)!.toString(16));

describe('joinArabic', () => {
  it('gives each letter its initial, medial, final or isolated form', () => {
    // ع initial, ض medial, و final (waw joins only to the letter before it).
    expect(codes(joinArabic('عضو'))).toEqual(['fecb', 'fec0', 'feee']);
    // After a waw the next letter starts afresh: د isolated-then-final pairs.
    expect(codes(joinArabic('ودد'))).toEqual(['feed', 'fea9', 'fea9']);
    expect(codes(joinArabic('بب'))).toEqual(['fe91', 'fe90']);
  });

  it('makes lam and alef one ligature, final when the lam is joined to the letter before', () => {
    expect(codes(joinArabic('لا'))).toEqual(['fefb']);
    expect(codes(joinArabic('سلام'))).toEqual(['feb3', 'fefc', 'fee1']);
  });

  it('drops vowel marks and leaves other characters alone', () => {
    expect(joinArabic('تقدّم')).toBe(joinArabic('تقدم'));
    expect(joinArabic('NOR 67%')).toBe('NOR 67%');
  });
});

describe('rightToLeftPieces', () => {
  it('keeps the words in logical order, each drawn from its last letter to its first', () => {
    const [first, second] = rightToLeftPieces('عضو سابق');
    expect(first).toBe([...joinArabic('عضو')].reverse().join(''));
    expect(second).toBe([...joinArabic('سابق')].reverse().join(''));
  });

  it('puts punctuation at the end of the word in reading order, that is on its left', () => {
    expect(rightToLeftPieces('النرويج:')[0]!.startsWith(':')).toBe(true);
    expect(rightToLeftPieces('(مثال)')[0]).toBe(`(${[...joinArabic('مثال')].reverse().join('')})`);
  });

  it('keeps Latin words and numbers left to right, a run of them as one piece', () => {
    expect(rightToLeftPieces('يسجّل Engagement Tracker الالتزامات')).toEqual([
      [...joinArabic('يسجل')].reverse().join(''),
      'Engagement Tracker',
      [...joinArabic('الالتزامات')].reverse().join(''),
    ]);
    expect(rightToLeftPieces('الصفوف الـ15')[1]).toBe(`15${[...joinArabic('الـ')].reverse().join('')}`);
  });

  it('drops directional marks, which the text no longer needs and the fonts cannot draw', () => {
    expect(rightToLeftPieces('67\u200e%\u200e')).toEqual(['67%']);
  });
});
