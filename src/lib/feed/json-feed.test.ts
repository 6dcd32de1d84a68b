import { describe, expect, it } from 'vitest';
import { jsonFeed, JSON_FEED_VERSION } from './json-feed';
import { HOSTILE, sampleChannel, sampleItem } from './testing';

describe('jsonFeed', () => {
  it('writes the JSON Feed 1.1 top level', () => {
    const feed = JSON.parse(jsonFeed(sampleChannel(), [])) as Record<string, unknown>;
    expect(feed).toMatchObject({
      version: JSON_FEED_VERSION,
      title: 'Site',
      home_page_url: 'https://research.example.com/',
      feed_url: 'https://research.example.com/feed.json',
      description: 'About the site.',
      icon: 'https://research.example.com/feed-icon-512.png',
      favicon: 'https://research.example.com/feed-icon-144.png',
      language: 'en',
      authors: [{ name: 'Publisher', url: 'https://research.example.com/' }],
      _generator: { about: 'https://astro.build/', name: 'Astro', version: '7.3.5', built: '2026-03-01T12:00:00Z' },
      items: [],
    });
  });

  it('writes items with string ids, RFC 3339 dates, authors, tags, image, and summary before content', () => {
    const image = {
      url: 'https://research.example.com/_astro/h.jpg',
      type: 'image/jpeg',
      length: 9,
      width: 1,
      height: 1,
      alt: '',
    };
    const text = jsonFeed(sampleChannel(), [sampleItem('a', { updated: new Date('2026-02-07T00:00:00Z'), image })]);
    const [item] = (JSON.parse(text) as { items: Record<string, unknown>[] }).items;
    expect(item).toEqual({
      id: 'https://research.example.com/insights/a/',
      url: 'https://research.example.com/insights/a/',
      title: 'Title of a',
      summary: 'Summary of a.',
      content_html: '<p>Body of a.</p>',
      image: 'https://research.example.com/_astro/h.jpg',
      date_published: '2026-02-05T00:00:00Z',
      date_modified: '2026-02-07T00:00:00Z',
      authors: [{ name: 'Jane Doe', url: 'https://research.example.com/authors/jane-doe/' }],
      tags: ['Cloud'],
    });
    expect(Object.keys(item ?? {}).indexOf('summary')).toBeLessThan(Object.keys(item ?? {}).indexOf('content_html'));
  });

  it('leaves date_modified out when there is no revision', () => {
    const [item] = (JSON.parse(jsonFeed(sampleChannel(), [sampleItem('a')])) as { items: Record<string, unknown>[] })
      .items;
    expect(item).not.toHaveProperty('date_modified');
  });

  it('keeps hostile text exactly (JSON needs no markup escaping)', () => {
    const [item] = (
      JSON.parse(jsonFeed(sampleChannel(), [sampleItem('a', { title: HOSTILE })])) as { items: { title: string }[] }
    ).items;
    expect(item?.title).toBe(HOSTILE);
  });
});
