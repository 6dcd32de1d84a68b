import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('makes an address from a headline', () => {
    expect(slugify('Amazon CES 2026: Do Ring, Fire TV, and Alexa+ Add Up to One Strategy?')).toBe(
      'amazon-ces-2026-do-ring-fire-tv-and-alexa-add-up-to-one-strategy',
    );
  });
  it('drops apostrophes and typographic quotes instead of splitting words', () => {
    expect(slugify('Cisco’s “End of Gold”')).toBe('ciscos-end-of-gold');
  });
  it('removes accents', () => {
    expect(slugify('Café Économie')).toBe('cafe-economie');
  });
  it('never starts or ends with a hyphen', () => {
    expect(slugify('  --Hello, world!--  ')).toBe('hello-world');
  });
});
