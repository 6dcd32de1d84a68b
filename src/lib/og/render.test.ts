import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, topicCard } from './card';
import { brandOf, cardPng, paletteSize } from './render';

const brand = brandOf('Futurum Research', 'https://research.example.com');

describe('cardPng', () => {
  it('keeps sixteen colours for a card of text, and the full palette when it shows an emoji', () => {
    expect(paletteSize(topicCard('Cloud', 'Where workloads run'), brand)).toBe(16);
    expect(paletteSize(topicCard('Launch 🚀'), brand)).toBe(256);
  });

  it('draws a 1200×630 palette PNG of at most sixteen colours for a card of text', async () => {
    const png = await cardPng(topicCard('Cloud', 'Where workloads run'), brand);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
    expect(meta.isPalette).toBe(true);
    expect(meta.bitsPerSample).toBeLessThanOrEqual(4);
    expect(meta.hasAlpha).toBe(false);
    // Drawn, not blank: the brand's accent bar runs down the left edge on white.
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels).subarray(0, 3)];
    expect(pixel(600, 600)).toEqual([255, 255, 255]);
    expect(pixel(5, 300)).not.toEqual([255, 255, 255]);
  });
});
