import { describe, expect, it } from 'vitest';
import { FAMILIES, fontStack, fontVersions, fontsFor } from './fonts';

describe('fontsFor (the local Fontsource files)', () => {
  it('loads only the Latin files for a Latin title', () => {
    const { fonts, uncovered } = fontsFor('Microsoft and Sony Teaming Up');
    expect(uncovered).toEqual([]);
    expect([...new Set(fonts.map((f) => f.name))]).toEqual(['Source Serif 4 latin', 'Inter latin']);
  });
  it('covers accents, Polish letters and Japanese; leaves only emoji to pictures', () => {
    const { fonts, uncovered } = fontsFor('Société Générale: 日本のクラウド市場 🚀 — “quotes” & </script> Łódź');
    expect(uncovered).toEqual(['🚀']);
    const names = new Set(fonts.map((f) => f.name));
    expect(names).toContain('Source Serif 4 latin-ext');
    expect(names).toContain('Inter latin-ext');
    expect([...names].some((n) => n.startsWith('Noto Sans JP'))).toBe(true);
    // A few unicode-range slices of the CJK fallback, not the whole font.
    expect([...names].filter((n) => n.startsWith('Noto Sans JP')).length).toBeLessThan(10);
  });
  it('draws every weight the card uses and no other', () => {
    const { fonts } = fontsFor('A');
    expect(fonts.filter((f) => f.family === 'Source Serif 4').map((f) => f.weight)).toEqual([700]);
    expect(fonts.filter((f) => f.family === 'Inter').map((f) => f.weight)).toEqual([400, 600]);
    for (const font of fonts) expect(font.data.subarray(0, 4).toString('latin1')).toBe('wOFF');
  });
});

describe('fontStack', () => {
  it('lists the asked family’s files first, then every other file in load order', () => {
    const { fonts } = fontsFor('Łódź 日本');
    const stack = fontStack(fonts, 'Inter');
    expect(stack.startsWith('"Inter latin", "Inter latin-ext", "Source Serif 4 latin"')).toBe(true);
    expect(stack).toMatch(/"Noto Sans JP \d+"/);
  });
});

describe('fontVersions', () => {
  it('names the version of every font package, for the cache digest', () => {
    expect(Object.keys(fontVersions())).toEqual(FAMILIES.map((f) => f.pkg));
    for (const version of Object.values(fontVersions())) expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
