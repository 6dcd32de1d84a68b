import type { FeedChannel, FeedItem } from './item';

/** A feed channel and items for the unit tests of the feed writers. Not used by the site. */
export function sampleChannel(overrides: Partial<FeedChannel> = {}): FeedChannel {
  return {
    title: 'Site',
    description: 'About the site.',
    homeUrl: 'https://research.example.com/',
    language: 'en',
    built: new Date('2026-03-01T12:00:00Z'),
    urls: {
      rss: 'https://research.example.com/rss.xml',
      atom: 'https://research.example.com/atom.xml',
      json: 'https://research.example.com/feed.json',
    },
    icon: 'https://research.example.com/feed-icon-144.png',
    largeIcon: 'https://research.example.com/feed-icon-512.png',
    publisher: { name: 'Publisher', url: 'https://research.example.com/' },
    generator: { name: 'Astro', version: '7.3.5', url: 'https://astro.build/' },
    ...overrides,
  };
}

export function sampleItem(slug: string, overrides: Partial<FeedItem> = {}): FeedItem {
  const url = `https://research.example.com/insights/${slug}/`;
  return {
    id: url,
    url,
    title: `Title of ${slug}`,
    summary: `Summary of ${slug}.`,
    contentHtml: `<p>Body of ${slug}.</p>`,
    published: new Date('2026-02-05T00:00:00Z'),
    authors: [{ name: 'Jane Doe', url: 'https://research.example.com/authors/jane-doe/' }],
    categories: [
      {
        term: 'cloud',
        label: 'Cloud',
        url: 'https://research.example.com/topics/cloud/',
        scheme: 'https://research.example.com/topics/',
      },
    ],
    ...overrides,
  };
}

/** Hostile text for titles and bodies: markup characters, a CDATA end, emoji, right-to-left text, a long word. */
export const HOSTILE = `Fish & Chips <b>bold</b> "quoted" 'single' ]]> 🎉 שלום עולם ${'x'.repeat(300)}`;
