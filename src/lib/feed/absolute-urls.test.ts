import { describe, expect, it } from 'vitest';
import { absoluteSrcset, absoluteUrl, isAbsoluteUrl, makeUrlsAbsolute, parseSrcset } from './absolute-urls';
import { parseHtml, serializeHtml } from './html-tree';

const page = 'https://research.example.com/insights/an-insight/';
const rewrite = (html: string) => serializeHtml(makeUrlsAbsolute(parseHtml(html), page));

describe('absoluteUrl', () => {
  it('resolves root-relative, relative and parent paths against the page', () => {
    expect(absoluteUrl('/topics/cloud/', page)).toBe('https://research.example.com/topics/cloud/');
    expect(absoluteUrl('photo.jpg', page)).toBe('https://research.example.com/insights/an-insight/photo.jpg');
    expect(absoluteUrl('../other/', page)).toBe('https://research.example.com/insights/other/');
  });
  it('turns a bare fragment into the canonical page address with the fragment', () => {
    expect(absoluteUrl('#section-two', page)).toBe(`${page}#section-two`);
  });
  it('keeps absolute URLs and gives protocol-relative ones the page scheme', () => {
    expect(absoluteUrl('https://example.org/a?b=1', page)).toBe('https://example.org/a?b=1');
    expect(absoluteUrl('mailto:editor@example.com', page)).toBe('mailto:editor@example.com');
    expect(absoluteUrl('//cdn.example.org/x.png', page)).toBe('https://cdn.example.org/x.png');
  });
  it('trims surrounding whitespace and reports values that are not URLs', () => {
    expect(absoluteUrl('  /a  ', page)).toBe('https://research.example.com/a');
    expect(absoluteUrl('http://[bad', page)).toBeUndefined();
  });
});

describe('srcset', () => {
  it('parses candidates with and without descriptors', () => {
    expect(parseSrcset('/a.webp 480w, /b.webp 800w,/c.webp')).toEqual([
      { url: '/a.webp', descriptor: '480w' },
      { url: '/b.webp', descriptor: '800w' },
      { url: '/c.webp', descriptor: '' },
    ]);
  });
  it('makes every candidate absolute', () => {
    expect(absoluteSrcset('/_astro/a.webp 1x, /_astro/b.webp 2x', page)).toBe(
      'https://research.example.com/_astro/a.webp 1x, https://research.example.com/_astro/b.webp 2x',
    );
  });
});

describe('makeUrlsAbsolute', () => {
  it('rewrites href, src and srcset of every element, at any depth', () => {
    expect(
      rewrite(
        '<p><a href="/x/">x</a> <a href="#f">f</a></p><picture><source srcset="/a.avif 1x"><img src="/a.jpg" alt=""></picture>',
      ),
    ).toBe(
      '<p><a href="https://research.example.com/x/">x</a> <a href="https://research.example.com/insights/an-insight/#f">f</a></p>' +
        '<picture><source srcset="https://research.example.com/a.avif 1x"><img src="https://research.example.com/a.jpg" alt=""></picture>',
    );
  });
  it('leaves attributes that are not URLs alone', () => {
    expect(rewrite('<a id="/x" title="#y" href="https://e.org/">e</a>')).toBe(
      '<a id="/x" title="#y" href="https://e.org/">e</a>',
    );
  });
  it('removes a URL attribute that cannot be resolved instead of leaving it relative', () => {
    expect(rewrite('<a href="http://[bad">x</a>')).toBe('<a>x</a>');
  });
});

describe('isAbsoluteUrl', () => {
  it('accepts URLs with a scheme and nothing else', () => {
    expect(isAbsoluteUrl('https://a.test/')).toBe(true);
    expect(isAbsoluteUrl('mailto:a@b.test')).toBe(true);
    expect(isAbsoluteUrl('/a')).toBe(false);
    expect(isAbsoluteUrl('#a')).toBe(false);
    expect(isAbsoluteUrl('//a.test/')).toBe(false);
    expect(isAbsoluteUrl('a.png')).toBe(false);
  });
});
