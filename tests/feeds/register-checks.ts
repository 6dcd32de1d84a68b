/**
 * The checks every built site's feeds must pass, registered as tests for one build (dist/ or a fixture build).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import {
  expectedIds,
  feedparser,
  listFeeds,
  newsboat,
  publishedPages,
  readFeed,
  validatorProblems,
  xmllint,
  type FeedFile,
  type FeedOptions,
  type PublishedPage,
} from './feed-checks';

/** Runs `fn` over the items with at most `limit` at a time (the machine has two cores). */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface BuiltSite {
  outDir: string;
  options: FeedOptions;
}

export function registerFeedChecks(getSite: () => BuiltSite): void {
  let site: BuiltSite;
  let feeds: FeedFile[];
  let xmlFeeds: FeedFile[];
  let pages: PublishedPage[];

  beforeAll(() => {
    site = getSite();
    feeds = listFeeds(site.outDir);
    xmlFeeds = feeds.filter((f) => f.format !== 'json');
    pages = publishedPages(site.outDir);
  });

  it('publishes the three formats for the site, every topic page and every author page', () => {
    const folders = new Set(
      feeds.filter((f) => !f.sitePath.startsWith('/archive/')).map((f) => f.sitePath.replace(/[^/]+$/, '')),
    );
    const topics = new Set(pages.flatMap((p) => p.topics).map((t) => `/topics/${t}/`));
    const authors = new Set(pages.flatMap((p) => p.authors).map((a) => `/authors/${a}/`));
    for (const folder of ['/', ...topics, ...authors]) expect(folders, folder).toContain(folder);
    for (const folder of folders) {
      const formats = feeds.filter((f) => f.sitePath.replace(/[^/]+$/, '') === folder).map((f) => f.format);
      expect(formats.sort(), folder).toEqual(['atom', 'json', 'rss']);
    }
    expect(pages.length).toBeGreaterThan(0);
  });

  it('every XML feed is well-formed (xmllint --noout) and every JSON feed parses', async () => {
    const results = await mapLimit(xmlFeeds, 4, async (f) => ({ f: f.sitePath, ...(await xmllint(f.file)) }));
    expect(results.filter((r) => !r.ok).map((r) => `${r.f}: ${r.output}`)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(2);
    for (const f of feeds.filter((x) => x.format === 'json'))
      expect(() => JSON.parse(readFileSync(f.file, 'utf8')), f.sitePath).not.toThrow();
  });

  it('every RSS and Atom feed parses in python3-feedparser, with no bozo error and the expected items', async () => {
    const results = await mapLimit(xmlFeeds, 2, async (f) => ({ feed: f, parsed: await feedparser(f.file) }));
    for (const { feed, parsed } of results) {
      expect(parsed.bozo, `${feed.sitePath}: ${parsed.bozo_exception}`).toBe(false);
      expect(parsed.version, feed.sitePath).toBe(feed.format === 'rss' ? 'rss20' : 'atom10');
      expect(
        parsed.entries.map((e) => e.id),
        feed.sitePath,
      ).toEqual(expectedIds(feed, pages, site.options));
    }
  });

  it('newsboat, run non-interactively on every RSS and Atom feed, stores every item and logs no error', async () => {
    const results = await mapLimit(xmlFeeds, 2, async (f) => ({ feed: f, result: await newsboat(f.file) }));
    for (const { feed, result } of results) {
      expect(result.log, feed.sitePath).toBe('');
      expect(result.stored, feed.sitePath).toBe(expectedIds(feed, pages, site.options).length);
    }
  });

  it('breaks none of the W3C Feed Validation Service rules', () => {
    const problems = feeds.flatMap((f) => validatorProblems(f).map((p) => `${f.sitePath}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('carries the same items, newest first, in RSS, Atom and JSON Feed, each with its permanent id as link', () => {
    for (const f of feeds) {
      const feed = readFeed(f);
      expect(feed.selfUrl, f.sitePath).toBe(f.url);
      expect(
        feed.items.map((i) => i.id),
        f.sitePath,
      ).toEqual(expectedIds(f, pages, site.options));
      for (const item of feed.items) {
        expect(item.link, f.sitePath).toBe(item.id);
        expect(item.contentHtml.length, `${f.sitePath} ${item.id}`).toBeGreaterThan(0);
        expect(item.authors.length, `${f.sitePath} ${item.id}`).toBeGreaterThan(0);
        expect(item.enclosures.length, `${f.sitePath} ${item.id}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives each item its title, authors and topics as the article page does', () => {
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    for (const f of feeds.filter(
      (x) => x.sitePath === '/atom.xml' || x.sitePath === '/feed.json' || x.sitePath === '/rss.xml',
    )) {
      for (const item of readFeed(f).items) {
        const page = byUrl.get(item.id);
        expect(page, item.id).toBeDefined();
        expect(item.title, item.id).toBe(page?.title);
        expect(item.authors.length, item.id).toBe(page?.authors.length);
        expect(item.categories.length, item.id).toBe(page?.topics.length);
      }
    }
  });
}
