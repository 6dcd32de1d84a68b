import { describe, expect, it } from 'vitest';
import { inRanges, parseUnicodeRange, subsetsFor, type FontSubset } from './font-subsets';

describe('parseUnicodeRange', () => {
  it('reads single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,u+4??')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });
  it('reads five-digit code points (CJK extension planes)', () => {
    expect(parseUnicodeRange('U+25ee8,U+26ff6-26ff8')).toEqual([
      [0x25ee8, 0x25ee8],
      [0x26ff6, 0x26ff8],
    ]);
  });
  it('refuses what is not a range', () => {
    expect(() => parseUnicodeRange('U+00FF-0000')).toThrow(/Invalid unicode-range/);
    expect(() => parseUnicodeRange('U+zz')).toThrow(/Invalid unicode-range/);
  });
});

describe('inRanges', () => {
  it('includes both ends', () => {
    const ranges = parseUnicodeRange('U+0041-005A');
    expect(inRanges(ranges, 0x41)).toBe(true);
    expect(inRanges(ranges, 0x5a)).toBe(true);
    expect(inRanges(ranges, 0x61)).toBe(false);
  });
});

describe('subsetsFor', () => {
  const subsets: FontSubset[] = [
    { name: 'latin', ranges: parseUnicodeRange('U+0000-00FF,U+2014,U+201C-201D') },
    { name: 'latin-ext', ranges: parseUnicodeRange('U+0100-024F') },
    { name: '[1]', ranges: parseUnicodeRange('U+3040-30FF') },
    { name: '[2]', ranges: parseUnicodeRange('U+4E00-9FFF') },
  ];

  it('chooses only the subsets the text uses, in the order given', () => {
    expect(subsetsFor('Société', subsets)).toEqual({ subsets: ['latin'], uncovered: [] });
    expect(subsetsFor('日本のクラウド市場 — Łódź', subsets).subsets).toEqual(['latin', 'latin-ext', '[1]', '[2]']);
  });
  it('reports the characters no subset covers, once each, and ignores spaces and joiners', () => {
    expect(subsetsFor('A 🚀 🚀 \u200d\ufe0f', subsets)).toEqual({ subsets: ['latin'], uncovered: [0x1f680] });
  });
});
