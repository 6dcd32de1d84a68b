/**
 * RFC 5005 archived feeds: from /atom.xml, following prev-archive through the fixed archive documents reaches
 * every published insight exactly once, and an archive document that is full never changes again.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type BuildResult } from '../fixtures/build-fixture';
import { contentWith, manyInsights } from '../fixtures/minimal-content';
import { fileOfUrl, listFeeds, publishedPages, readFeed, siteUrl, type Feed } from './feed-checks';
import { registerFeedChecks } from './register-checks';

const FEED_LENGTH = 20;
const PAGE_SIZE = 30;
const env = { FEED_LENGTH: String(FEED_LENGTH), FEED_ARCHIVE_PAGE_SIZE: String(PAGE_SIZE) };
const atomUrl = new URL('/atom.xml', siteUrl).href;

/** Every document of the archive chain, from the current feed down, following prev-archive links. */
function followChain(outDir: string): { url: string; feed: Feed }[] {
  const chain: { url: string; feed: Feed }[] = [];
  const seen = new Set<string>();
  let url: string | undefined = atomUrl;
  while (url) {
    if (seen.has(url)) throw new Error(`The archive chain loops back to ${url}`);
    seen.add(url);
    const feed = readFeed({ file: fileOfUrl(outDir, url), format: 'atom' });
    chain.push({ url, feed });
    url = feed.links.find((l) => l.rel === 'prev-archive')?.href;
  }
  return chain;
}

/** The fixture builds of this file, removed once it is done. */
const builds: BuildResult[] = [];
afterAll(async () => {
  await Promise.all(builds.map((b) => rm(path.dirname(b.outDir), { recursive: true, force: true })));
});

const build = async (count: number, extraEnv: Record<string, string>) => {
  const result = await buildFixture(contentWith(manyInsights(count)), extraEnv);
  builds.push(result);
  if (result.code !== 0) throw new Error(`The fixture did not build:\n${result.output}`);
  return result;
};

describe(`archived Atom feed: 120 insights, feeds of ${FEED_LENGTH}, archive pages of ${PAGE_SIZE}`, () => {
  let site: BuildResult;

  beforeAll(async () => {
    site = await build(120, env);
  });

  registerFeedChecks(() => ({ outDir: site.outDir, options: { feedLength: FEED_LENGTH, archivePageSize: PAGE_SIZE } }));

  it('reaches every published insight exactly once by following prev-archive from /atom.xml', () => {
    const chain = followChain(site.outDir);
    const ids = chain.flatMap((d) => d.feed.items.map((i) => i.id));
    const published = publishedPages(site.outDir).map((p) => p.url);
    expect(published).toHaveLength(120);
    expect(ids).toHaveLength(new Set(ids).size);
    expect([...ids].sort()).toEqual([...published].sort());
    // The current document, then archive pages of 30, 30, 30 and 10, newest first.
    expect(chain.map((d) => d.feed.items.length)).toEqual([20, 10, 30, 30, 30]);
    expect(chain.map((d) => d.url.replace(siteUrl, ''))).toEqual([
      '/atom.xml',
      '/archive/atom/4.xml',
      '/archive/atom/3.xml',
      '/archive/atom/2.xml',
      '/archive/atom/1.xml',
    ]);
  });

  it('marks each archive document as one, links it to the current feed and to its newer neighbour', () => {
    const chain = followChain(site.outDir);
    expect(chain[0]?.feed.archive).toBe(false);
    chain.slice(1).forEach(({ url, feed }, i) => {
      expect(feed.archive, url).toBe(true);
      expect(feed.selfUrl, url).toBe(url);
      expect(feed.links.find((l) => l.rel === 'current')?.href, url).toBe(atomUrl);
      // The newest archive document has no newer archive; the others point back up the chain.
      expect(feed.links.find((l) => l.rel === 'next-archive')?.href, url).toBe(i === 0 ? undefined : chain[i]?.url);
    });
  });

  it('lists every archive document on /feeds/', () => {
    const page = parse(readFileSync(path.join(site.outDir, 'feeds/index.html'), 'utf8'));
    const links = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links.filter((href) => href?.startsWith('/archive/'))).toEqual(
      [1, 2, 3, 4].map((n) => `/archive/atom/${n}.xml`),
    );
  });

  it('holds the oldest insights in the first archive document', () => {
    const first = readFeed({
      file: fileOfUrl(site.outDir, new URL('/archive/atom/1.xml', siteUrl).href),
      format: 'atom',
    });
    expect(first.items.map((i) => i.id.replace(siteUrl, ''))).toEqual(
      Array.from({ length: 30 }, (_, k) => `/insights/insight-${30 - k}/`),
    );
  });

  it('does not change a full archive document when newer insights are published', async () => {
    const later = await build(125, env);
    for (const page of [1, 2, 3]) {
      const sitePath = `/archive/atom/${page}.xml`;
      const before = readFileSync(fileOfUrl(site.outDir, new URL(sitePath, siteUrl).href), 'utf8');
      const after = readFileSync(fileOfUrl(later.outDir, new URL(sitePath, siteUrl).href), 'utf8');
      expect(after, sitePath).toBe(before);
    }
    // The newest page, not yet full, took the insights that left the current feed.
    const newest = (r: BuildResult) =>
      readFeed({ file: fileOfUrl(r.outDir, new URL('/archive/atom/4.xml', siteUrl).href), format: 'atom' });
    expect(newest(site).items).toHaveLength(10);
    expect(newest(later).items).toHaveLength(15);
    expect(followChain(later.outDir).flatMap((d) => d.feed.items)).toHaveLength(125);
  });
});

describe('feeds with the default configuration: 120 insights', () => {
  let site: BuildResult;

  beforeAll(async () => {
    site = await build(120, {});
  });

  it('carry the latest 50 insights, newest first, and archive the other 70 in pages of 50', () => {
    const newest50 = publishedPages(site.outDir)
      .slice(0, 50)
      .map((p) => p.url);
    for (const f of listFeeds(site.outDir).filter((x) =>
      ['/rss.xml', '/atom.xml', '/feed.json'].includes(x.sitePath),
    )) {
      expect(
        readFeed(f).items.map((i) => i.id),
        f.sitePath,
      ).toEqual(newest50);
    }
    expect(followChain(site.outDir).map((d) => d.feed.items.length)).toEqual([50, 20, 50]);
  });
});
