import { describe, expect, it } from 'vitest';
import { defineSiteConfig, type SiteConfigInput } from './schema';

const valid: SiteConfigInput = {
  name: 'Site',
  url: 'https://research.example.com',
  description: 'About.',
  publisher: 'Publisher',
  menu: [{ label: 'Insights', href: '/insights/' }],
  disclaimer: 'Disclaimer.',
  bookDemo: { href: '/book-a-demo/' },
  newsletter: { title: 'T', pitch: 'P', promise: 'Q' },
};

describe('defineSiteConfig', () => {
  it('fills defaults', () => {
    const config = defineSiteConfig(valid);
    expect(config.lang).toBe('en');
    expect(config.bookDemo.label).toBe('Book a Demo');
    expect(config.relatedCount).toBe(6);
    expect(config.feeds).toEqual({ length: 50, archivePageSize: 50 });
    expect(config.titlePattern).toBe('{title} | {site}');
  });
  it('refuses a title pattern without the page title', () => {
    expect(() => defineSiteConfig({ ...valid, titlePattern: '{site}' })).toThrow(
      /titlePattern: must contain \{title\}/,
    );
  });
  it('fills feed defaults one by one', () => {
    expect(defineSiteConfig({ ...valid, feeds: { length: 20 } }).feeds).toEqual({ length: 20, archivePageSize: 50 });
    expect(defineSiteConfig({ ...valid, feeds: { length: undefined, archivePageSize: 7 } }).feeds).toEqual({
      length: 50,
      archivePageSize: 7,
    });
    expect(() => defineSiteConfig({ ...valid, feeds: { length: 0 } })).toThrow(/feeds\.length/);
  });
  it('names the option that is wrong', () => {
    expect(() => defineSiteConfig({ ...valid, url: 'https://example.com/blog' })).toThrow(/url: must be an origin/);
    expect(() => defineSiteConfig({ ...valid, menu: [{ label: 'X', href: 'insights' }] })).toThrow(/menu\.0\.href/);
  });
});
