/**
 * How people and readers find the feeds, in the built site (dist/): autodiscovery links in every page's head,
 * the human page /feeds/ and the links to it, and the media types in public/_headers.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, listBuiltPages, type BuiltPage } from '../helpers/site';
import { listFeeds, siteUrl, type FeedFile } from './feed-checks';

const MEDIA_TYPES = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
} as const;
const read = (file: string) => parse(readFileSync(path.join(distDir, file), 'utf8'));
const alternates = (doc: HTMLElement) =>
  doc
    .querySelectorAll('head link[rel="alternate"]')
    .map((l) => ({ type: l.getAttribute('type'), href: l.getAttribute('href') ?? '' }));
const folderFeeds = (folder: string) =>
  (['rss', 'atom', 'json'] as const).map((format) => ({
    type: MEDIA_TYPES[format],
    href: `${folder}${format === 'rss' ? 'rss.xml' : format === 'atom' ? 'atom.xml' : 'feed.json'}`,
  }));

describe('feed autodiscovery', () => {
  let pages: BuiltPage[];
  beforeAll(() => {
    pages = listBuiltPages();
  });

  it("links the site's three feeds, with their media types, in the head of every page", () => {
    for (const page of pages) {
      const links = alternates(read(page.file));
      for (const feed of folderFeeds('/')) expect(links, page.urlPath).toContainEqual(feed);
    }
    expect(pages.length).toBeGreaterThan(10);
  });

  it('links their own three feeds on topic and author pages, and every linked feed exists', () => {
    const scoped = pages.filter((p) => /^\/(topics|authors)\/[^/]+\/(\d+\/)?$/.test(p.urlPath));
    expect(scoped.length).toBeGreaterThan(3);
    for (const page of scoped) {
      const folder = /^\/(topics|authors)\/[^/]+\//.exec(page.urlPath)?.[0] ?? '';
      const links = alternates(read(page.file));
      for (const feed of folderFeeds(folder)) expect(links, page.urlPath).toContainEqual(feed);
    }
    for (const page of pages) {
      for (const { href } of alternates(read(page.file)))
        expect(existsSync(path.join(distDir, href)), `${page.urlPath} → ${href}`).toBe(true);
    }
  });
});

describe('the feeds page, /feeds/', () => {
  let doc: HTMLElement;
  let feeds: FeedFile[];
  beforeAll(() => {
    doc = read('feeds/index.html');
    feeds = listFeeds(distDir);
  });

  it('lists every feed with its full address in plain sight', () => {
    const links = doc
      .querySelectorAll('main a')
      .map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() }));
    for (const feed of feeds) expect(links, feed.sitePath).toContainEqual({ href: feed.sitePath, text: feed.url });
    expect(feeds.length).toBeGreaterThanOrEqual(3);
  });

  it('is titled, has breadcrumbs, and explains the formats and the archive', () => {
    expect(doc.querySelector('h1')?.textContent.trim()).toBe('Feeds');
    expect(doc.querySelector('nav.breadcrumbs [aria-current="page"]')?.textContent.trim()).toBe('Feeds');
    const text = doc.querySelector('main')?.textContent ?? '';
    for (const words of ['RSS', 'Atom', 'JSON Feed', 'feed reader', 'archive']) expect(text).toContain(words);
  });

  it('is linked from the footer of every page, from the article page, and from topic and author pages', () => {
    for (const page of listBuiltPages()) {
      expect(read(page.file).querySelector('footer a[href="/feeds/"]'), page.urlPath).not.toBeNull();
    }
    const article = read('insights/microsoft-and-sony-teaming-up-is-smart/index.html');
    expect(article.querySelector('main a[href="/feeds/"]')).not.toBeNull();
    const ids = new Set(doc.querySelectorAll('[id]').map((el) => el.id));
    for (const file of ['topics/cloud/index.html', 'authors/timothy-albright/index.html']) {
      const link = read(file)
        .querySelectorAll('main a')
        .find((a) => a.getAttribute('href')?.startsWith('/feeds/#'));
      expect(link, file).toBeDefined();
      expect(ids, file).toContain(link?.getAttribute('href')?.slice('/feeds/#'.length));
    }
  });
});

describe('media types in public/_headers', () => {
  /** The rules of a Netlify / Cloudflare Pages _headers file: path pattern → headers. */
  function readHeaders(file: string): { pattern: RegExp; headers: Record<string, string> }[] {
    const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      if (!/^\s/.test(line)) {
        const source = line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/:[a-z]\w*/gi, '[^/]+');
        rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      } else {
        const [name, ...value] = line.trim().split(':');
        const rule = rules.at(-1);
        if (rule && name) rule.headers[name.toLowerCase()] = value.join(':').trim();
      }
    }
    return rules;
  }

  it('serves every feed with its own media type, and keeps the security headers for everything', () => {
    const rules = readHeaders(path.join(distDir, '_headers'));
    for (const feed of listFeeds(distDir)) {
      const types = rules
        .filter((r) => r.pattern.test(feed.sitePath))
        .map((r) => r.headers['content-type'])
        .filter(Boolean);
      expect(types, feed.sitePath).toEqual([`${MEDIA_TYPES[feed.format]}; charset=utf-8`]);
    }
    // An archive document, which the real content may not have yet, is covered too.
    expect(rules.filter((r) => r.pattern.test('/archive/atom/7.xml')).map((r) => r.headers['content-type'])).toContain(
      'application/atom+xml; charset=utf-8',
    );
    expect(rules.find((r) => r.pattern.test('/anything'))?.headers['x-content-type-options']).toBe('nosniff');
    expect(new URL(siteUrl).pathname).toBe('/');
  });
});
