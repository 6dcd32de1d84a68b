/** An inclusive range of Unicode code points. */
export type CodePointRange = readonly [number, number];

/** One file of a font split by `unicode-range`, as Fontsource ships them: "latin", "latin-ext", "[12]"… */
export interface FontSubset {
  name: string;
  ranges: readonly CodePointRange[];
}

/**
 * Parses a CSS `unicode-range` value ("U+0000-00FF,U+0131,U+4??") into code point ranges. A `?` wildcard
 * stands for any hexadecimal digit, as in CSS.
 */
export function parseUnicodeRange(value: string): CodePointRange[] {
  const ranges: CodePointRange[] = [];
  for (const raw of value.split(',')) {
    const token = raw.trim().replace(/^u\+/i, '');
    if (!token) continue;
    let range: CodePointRange;
    if (token.includes('?')) {
      range = [parseInt(token.replace(/\?/g, '0'), 16), parseInt(token.replace(/\?/g, 'f'), 16)];
    } else if (token.includes('-')) {
      const [from = '', to = ''] = token.split('-');
      range = [parseInt(from, 16), parseInt(to, 16)];
    } else {
      const cp = parseInt(token, 16);
      range = [cp, cp];
    }
    if (Number.isNaN(range[0]) || Number.isNaN(range[1]) || range[0] > range[1]) {
      throw new Error(`Invalid unicode-range token "${raw.trim()}"`);
    }
    ranges.push(range);
  }
  return ranges;
}

/** Whether a code point falls in one of the ranges. */
export function inRanges(ranges: readonly CodePointRange[], codePoint: number): boolean {
  return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Characters that need no glyph: spaces, controls, joiners and variation selectors. */
function needsGlyph(codePoint: number): boolean {
  const ch = String.fromCodePoint(codePoint);
  return !/[\s\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u.test(ch);
}

export interface SubsetChoice {
  /** Names of the subsets that hold at least one character of the text, in the order they were given. */
  subsets: string[];
  /** Code points of the text that none of the subsets covers (each once, in order of appearance). */
  uncovered: number[];
}

/**
 * The subset files a text needs: for each character, the first subset (in the order given) that covers it.
 * A font split into unicode-range files only has to be loaded for the files the text actually uses.
 */
export function subsetsFor(text: string, subsets: readonly FontSubset[]): SubsetChoice {
  const used = new Set<string>();
  const uncovered: number[] = [];
  for (const ch of new Set(Array.from(text))) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!needsGlyph(cp)) continue;
    const subset = subsets.find((s) => inRanges(s.ranges, cp));
    if (subset) used.add(subset.name);
    else uncovered.push(cp);
  }
  return { subsets: subsets.filter((s) => used.has(s.name)).map((s) => s.name), uncovered };
}
