/**
 * The seed article's full text, paragraph by paragraph, in the item for it in every feed that carries it
 * (site, its topics, its author; RSS, Atom and JSON Feed), as written in the feed and as feedparser reads it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readOriginalPage, type OriginalPage } from '../fixtures/original-page';
import { distDir } from '../helpers/site';
import { feedparser, listFeeds, readFeed, textBlocks, type FeedFile } from './feed-checks';

const seedPath = '/insights/microsoft-and-sony-teaming-up-is-smart/';

describe('the seed article in the feeds of the built site', () => {
  let original: OriginalPage;
  let feeds: FeedFile[];
  let seedId: string;

  beforeAll(() => {
    original = readOriginalPage();
    const all = listFeeds(distDir);
    seedId = new URL(seedPath, all[0]?.url).href;
    feeds = all.filter((f) => readFeed(f).items.some((i) => i.id === seedId));
  });

  it('is in the site, topic and author feeds, in all three formats', () => {
    const folders = [...new Set(feeds.map((f) => f.sitePath.replace(/[^/]+$/, '')))].sort();
    expect(folders).toEqual([
      '/',
      '/authors/timothy-albright/',
      '/topics/cloud/',
      '/topics/gaming/',
      '/topics/partnerships/',
    ]);
    expect(feeds).toHaveLength(15);
  });

  it('has every heading and paragraph of the article, in order, then the disclaimer', () => {
    expect(original.body.length).toBe(12);
    for (const f of feeds) {
      const item = readFeed(f).items.find((i) => i.id === seedId);
      const blocks = textBlocks(item?.contentHtml ?? '');
      expect(blocks.slice(0, original.body.length), f.sitePath).toEqual(original.body);
      expect(blocks[original.body.length]?.text, f.sitePath).toBe(original.disclaimer);
      expect(blocks, f.sitePath).toHaveLength(original.body.length + 1);
      expect(item?.title, f.sitePath).toBe(original.title);
    }
  });

  it('reads the same in python3-feedparser (what a reader shows)', async () => {
    for (const f of feeds.filter((x) => x.format !== 'json')) {
      const parsed = await feedparser(f.file);
      const entry = parsed.entries.find((e) => e.id === seedId);
      expect(entry?.title, f.sitePath).toBe(original.title);
      expect(textBlocks(entry?.content[0] ?? '').slice(0, original.body.length), f.sitePath).toEqual(original.body);
    }
  });

  it('keeps the inline link to the earlier Stadia article', () => {
    const item = readFeed(feeds[0] as FeedFile).items.find((i) => i.id === seedId);
    expect(item?.contentHtml).toContain(
      'href="https://futurumgroup.com/insights/google-stadia-revolutionized-gaming-why-its-too-late/"',
    );
  });
});
