import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INK, SERIES_COLORS, SERIES_DASHES, SERIES_TOKENS } from './palette.ts';
import { MAX_SERIES } from './spec.ts';

/** The light scheme's value of each token in src/styles/tokens.css (its first declaration). */
const tokens = readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8');
const light = (token: string) => new RegExp(`${token}:\\s*(#[0-9a-f]{3,8})`, 'i').exec(tokens)?.[1]?.toLowerCase();

describe('the chart palette', () => {
  it('has a colour and a line style for every series a chart may have', () => {
    expect(SERIES_TOKENS).toHaveLength(MAX_SERIES);
    expect(SERIES_COLORS).toHaveLength(MAX_SERIES);
    expect(SERIES_DASHES).toHaveLength(MAX_SERIES);
    expect(new Set(SERIES_DASHES).size).toBe(MAX_SERIES);
  });

  it('writes into the SVG file the light values of the tokens the page uses', () => {
    expect(SERIES_TOKENS.map(light)).toEqual([...SERIES_COLORS]);
    expect([light('--color-bg'), light('--color-text'), light('--color-muted'), light('--color-border')]).toEqual([
      INK.background,
      INK.text,
      INK.muted,
      INK.grid,
    ]);
  });
});
