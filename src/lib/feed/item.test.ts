import { describe, expect, it } from 'vitest';
import { feedReadyHtml, itemContentHtml, itemModified, newestChange, type FeedItem } from './item';

const url = 'https://research.example.com/insights/a/';

const item = (published: string, updated?: string): FeedItem => ({
  id: url,
  url,
  title: 'T',
  summary: 'S',
  contentHtml: '<p>x</p>',
  published: new Date(published),
  updated: updated ? new Date(updated) : undefined,
  authors: [{ name: 'A' }],
  categories: [],
});

describe('feedReadyHtml', () => {
  it('cleans and makes URLs absolute in one pass', () => {
    expect(
      feedReadyHtml(
        '<p data-astro-cid-1><a href="#x">x</a><img src="/_astro/a.webp" alt=""></p><script>x</script>',
        url,
      ),
    ).toBe(`<p><a href="${url}#x">x</a><img src="https://research.example.com/_astro/a.webp" alt=""></p>`);
  });
});

describe('itemContentHtml', () => {
  const base = { bodyHtml: '<p>Body &amp; more.</p>', url, disclaimer: 'Not advice.', siteName: 'Site' };

  it('carries the body and the disclaimer after it', () => {
    const html = itemContentHtml({ ...base, kind: 'article' });
    expect(html).toBe('<p>Body &amp; more.</p>\n<p><small>Not advice.</small></p>');
  });
  it('puts the hero photo with its credit first', () => {
    const html = itemContentHtml({
      ...base,
      kind: 'article',
      image: {
        url: 'https://research.example.com/_astro/h.jpg',
        type: 'image/jpeg',
        length: 10,
        width: 1200,
        height: 800,
        alt: 'A "photo"',
        credit: 'Me & you',
      },
    });
    expect(
      html.startsWith(
        '<figure><img src="https://research.example.com/_astro/h.jpg" alt="A &quot;photo&quot;" width="1200" height="800">',
      ),
    ).toBe(true);
    expect(html).toContain('<figcaption>Photo Credit: Me &amp; you</figcaption>');
  });
  it('says that a summary is a summary and links to its page', () => {
    const html = itemContentHtml({ ...base, kind: 'summary' });
    expect(html).toContain('This is a summary');
    expect(html).toContain(`<a href="${url}">`);
    expect(html.indexOf('Body')).toBeLessThan(html.indexOf('This is a summary'));
  });
});

describe('dates of items', () => {
  it('uses the revision date when there is one', () => {
    expect(itemModified(item('2024-01-01', '2024-02-01')).toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(itemModified(item('2024-01-01')).toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });
  it('finds the newest change of a list, or the fallback for none', () => {
    const fallback = new Date('2030-01-01');
    expect(newestChange([item('2024-01-01', '2024-03-01'), item('2024-02-01')], fallback).toISOString()).toBe(
      '2024-03-01T00:00:00.000Z',
    );
    expect(newestChange([], fallback)).toBe(fallback);
  });
});
