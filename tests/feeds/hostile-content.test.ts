/**
 * A fixture whose titles and bodies are hostile to feed writers (`& < > " '`, `]]>`, emoji, right-to-left text, a
 * very long word, relative and #fragment links, images, a component with scoped styles and an inline script)
 * builds into feeds that pass every check the real site's feeds pass, and say exactly what the content says.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type BuildResult } from '../fixtures/build-fixture';
import { HOSTILE_TITLE, LONG_WORD, hostileContent } from '../fixtures/feed-content';
import { feedparser, fileOfUrl, listFeeds, readFeed, siteUrl, type Feed, type FeedFile } from './feed-checks';
import { registerFeedChecks } from './register-checks';

const hostileUrl = new URL('/insights/hostile/', siteUrl).href;
const summaryUrl = new URL('/insights/other-insight/', siteUrl).href;
const description = `The description: ${HOSTILE_TITLE} & more.`;

describe('feeds built from hostile content', () => {
  let build: BuildResult;
  let feeds: FeedFile[];
  const site = (sitePath: string) => {
    const feed = feeds.find((f) => f.sitePath === sitePath);
    if (!feed) throw new Error(`No ${sitePath}`);
    return feed;
  };
  const hostileItem = (feed: Feed) => {
    const item = feed.items.find((i) => i.id === hostileUrl);
    if (!item) throw new Error(`No hostile item in ${feed.selfUrl}`);
    return item;
  };

  beforeAll(async () => {
    build = await buildFixture(await hostileContent());
    if (build.code !== 0) throw new Error(`The fixture did not build:\n${build.output}`);
    feeds = listFeeds(build.outDir);
  });

  afterAll(async () => {
    if (build) await rm(path.dirname(build.outDir), { recursive: true, force: true });
  });

  registerFeedChecks(() => ({ outDir: build.outDir, options: { feedLength: 50, archivePageSize: 50 } }));

  it('keeps drafts and scheduled insights out of every feed', () => {
    for (const f of feeds) {
      const ids = readFeed(f).items.map((i) => i.id);
      expect(
        ids.some((id) => /a-draft|scheduled/.test(id)),
        f.sitePath,
      ).toBe(false);
    }
    expect(readFeed(site('/feed.json')).items.map((i) => i.id)).toEqual([hostileUrl, summaryUrl]);
  });

  it('gives the exact title and description in every format, and as feedparser reads them', async () => {
    for (const sitePath of ['/rss.xml', '/atom.xml', '/feed.json']) {
      const item = hostileItem(readFeed(site(sitePath)));
      expect(item.title, sitePath).toBe(HOSTILE_TITLE);
      expect(item.summary, sitePath).toBe(description);
    }
    for (const sitePath of ['/rss.xml', '/atom.xml']) {
      const entry = (await feedparser(site(sitePath).file)).entries.find((e) => e.id === hostileUrl);
      expect(entry?.title, sitePath).toBe(HOSTILE_TITLE);
      // An RSS description is HTML: the plain text reaches the reader escaped, and reads back exactly.
      // An Atom summary is declared type="text" and comes back as it is.
      expect(sitePath === '/rss.xml' ? parse(entry?.summary ?? '').textContent : entry?.summary, sitePath).toBe(
        description,
      );
      expect(entry?.authors, sitePath).toEqual(["Zoë O'Brien & <Co> ]]>", 'Jane Doe']);
      // The revision date, where there is one: atom:updated in RSS, updated in Atom.
      expect(entry?.updated, sitePath).toBe('2024-03-04T00:00:00Z');
    }
  });

  it('keeps emoji, right-to-left text and the long word in the content', () => {
    for (const sitePath of ['/rss.xml', '/atom.xml', '/feed.json']) {
      const text = parse(hostileItem(readFeed(site(sitePath))).contentHtml).textContent;
      expect(text, sitePath).toContain('Emoji 🎉👩🏽‍💻 and right-to-left text: שלום עולם, مرحبا بالعالم.');
      expect(text, sitePath).toContain(LONG_WORD);
      expect(text, sitePath).toContain(
        `a < b > c, "double" and 'single' quotes, ]]> and ]]> and a CDATA <![CDATA[ opener.`,
      );
    }
  });

  it('makes relative and #fragment links absolute against the article address', () => {
    const html = parse(hostileItem(readFeed(site('/atom.xml'))).contentHtml);
    const href = (text: string) =>
      html
        .querySelectorAll('a')
        .find((a) => a.textContent === text)
        ?.getAttribute('href');
    expect(href('relative link')).toBe(new URL('/insights/other-insight/', siteUrl).href);
    expect(href('root link')).toBe(new URL('/topics/cloud/', siteUrl).href);
    expect(href('parent link')).toBe(new URL('/authors/', siteUrl).href);
    expect(href('fragment link')).toBe(`${hostileUrl}#a-section--its-heading`);
    expect(href('A relative JSX link')).toBe(`${hostileUrl}plain-relative.html`);
    expect(href('a bare fragment in JSX')).toBe(`${hostileUrl}#top`);
    expect(href('external link')).toBe('https://example.org/?a=1&b=2');
  });

  it('strips the scripts and data-astro-* attributes that the article page has', () => {
    const page = readFileSync(path.join(build.outDir, 'insights/hostile/index.html'), 'utf8');
    expect(page).toMatch(/<aside class="note" data-astro-cid-\w+/);
    expect(page).toContain('window.fixtureNote');
    for (const sitePath of ['/rss.xml', '/atom.xml', '/feed.json']) {
      const content = hostileItem(readFeed(site(sitePath))).contentHtml;
      expect(content, sitePath).toContain('<aside class="note">Inside a component with scoped styles.</aside>');
      expect(content, sitePath).not.toContain('fixtureNote');
      expect(content, sitePath).not.toContain('data-astro');
    }
  });

  it('points body images at the optimized files the build wrote', () => {
    const img = parse(hostileItem(readFeed(site('/feed.json'))).contentHtml)
      .querySelectorAll('img')
      .find((i) => i.getAttribute('alt')?.startsWith('A body image'));
    const src = img?.getAttribute('src') ?? '';
    expect(src).toMatch(/\/_astro\/body\.[\w-]+\.webp$/);
    expect(existsSync(fileOfUrl(build.outDir, src))).toBe(true);
  });

  it('gives the hero photo as one enclosure whose length is the optimized file size, and in the content with its credit', async () => {
    for (const sitePath of ['/rss.xml', '/atom.xml']) {
      const [enclosure, ...more] = hostileItem(readFeed(site(sitePath))).enclosures;
      expect(more, sitePath).toEqual([]);
      expect(enclosure?.type, sitePath).toBe('image/jpeg');
      const file = fileOfUrl(build.outDir, enclosure?.url ?? '');
      expect(enclosure?.url, sitePath).toMatch(/\/_astro\/hero\.[\w-]+\.jpe?g$/);
      expect(Number(enclosure?.length), sitePath).toBe(statSync(file).size);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height], sitePath).toEqual(['jpeg', 1200, 675]);
    }
    const json = hostileItem(readFeed(site('/feed.json')));
    expect(json.enclosures[0]?.url).toBe(hostileItem(readFeed(site('/rss.xml'))).enclosures[0]?.url);
    const figure = parse(json.contentHtml).querySelector('figure');
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe(json.enclosures[0]?.url);
    expect(figure?.querySelector('img')?.getAttribute('alt')).toBe('A hero "photo" & <more>');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Photo Credit: Photographer & Co.');
  });

  it('says that a summary entry is a summary, and links to its page', () => {
    for (const sitePath of ['/rss.xml', '/atom.xml', '/feed.json']) {
      const item = readFeed(site(sitePath)).items.find((i) => i.id === summaryUrl);
      const html = parse(item?.contentHtml ?? '');
      expect(html.textContent, sitePath).toContain('This is a summary');
      expect(
        html.querySelectorAll('a').map((a) => a.getAttribute('href')),
        sitePath,
      ).toContain(summaryUrl);
      expect(item?.summary, sitePath).toBe('A summary entry whose title is right-to-left text.');
    }
  });

  it('names topics with markup characters and right-to-left text exactly', () => {
    expect(hostileItem(readFeed(site('/rss.xml'))).categories).toEqual(['Cloud & <Edge>', 'עברית']);
    expect(hostileItem(readFeed(site('/atom.xml'))).categories).toEqual(['Cloud & <Edge>', 'עברית']);
    expect(hostileItem(readFeed(site('/feed.json'))).categories).toEqual(['Cloud & <Edge>', 'עברית']);
  });
});
