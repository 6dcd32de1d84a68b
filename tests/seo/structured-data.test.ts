/**
 * JSON-LD of every built page (dist/): every block parses as JSON; each kind of page has its type with the
 * properties search engines need (NewsArticle on insights, BreadcrumbList below home, ProfilePage on authors,
 * CollectionPage on archives and topics, WebSite with a SearchAction on the home page); every URL is absolute.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { distDir, listBuiltPages } from '../helpers/site';
import { blocksOfType, canonicals, jsonLdBlocks, meta, readPage, urlsIn, type Json, type Page } from './seo-checks';

const isInsight = (urlPath: string) =>
  /^\/insights\/[a-z0-9-]+\/$/.test(urlPath) && !/^\/insights\/\d+\/$/.test(urlPath);
const isCollection = (urlPath: string) =>
  /^\/insights\/(\d+\/)?$/.test(urlPath) ||
  /^\/topics\/([a-z0-9-]+\/(\d+\/)?)?$/.test(urlPath) ||
  urlPath === '/authors/';
const isAuthor = (urlPath: string) => /^\/authors\/[a-z0-9-]+\/(\d+\/)?$/.test(urlPath);

const one = (page: Page, type: string): Json => {
  const found = blocksOfType(page, type);
  if (found.length !== 1) throw new Error(`Expected one ${type}, found ${found.length}`);
  return found[0] as Json;
};

describe('structured data of every built page', () => {
  let pages: { urlPath: string; page: Page }[];
  const pageAt = (urlPath: string): Page => {
    const found = pages.find((p) => p.urlPath === urlPath);
    if (!found) throw new Error(`No built page at ${urlPath}`);
    return found.page;
  };
  beforeAll(() => {
    pages = listBuiltPages().map((p) => ({ urlPath: p.urlPath, page: readPage(path.join(distDir, p.file)) }));
  });

  it('parses as JSON on every page, with absolute URLs only', () => {
    let blocks = 0;
    for (const { urlPath, page } of pages) {
      for (const block of jsonLdBlocks(page)) {
        blocks += 1;
        expect(block['@context'], urlPath).toBe('https://schema.org');
        for (const url of urlsIn(block)) expect(url, `${urlPath}: ${url}`).toMatch(/^https:\/\/[^/]+\//);
      }
    }
    expect(blocks).toBeGreaterThan(pages.length);
  });

  it('has a BreadcrumbList on every page below home, ending at the page itself', () => {
    for (const { urlPath, page } of pages) {
      if (urlPath === '/') {
        expect(blocksOfType(page, 'BreadcrumbList')).toEqual([]);
        continue;
      }
      const items = one(page, 'BreadcrumbList')['itemListElement'] as {
        position: number;
        name: string;
        item: string;
      }[];
      expect(items[0], urlPath).toMatchObject({ position: 1, name: 'Home', item: `${site.url}/` });
      expect(items.at(-1)?.item, urlPath).toBe(canonicals(page)[0]);
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    }
  });

  it('has a NewsArticle on every insight, agreeing with the page', () => {
    const insights = pages.filter((p) => isInsight(p.urlPath));
    expect(insights.length).toBeGreaterThanOrEqual(7);
    for (const { urlPath, page } of insights) {
      const article = one(page, 'NewsArticle');
      const canonical = canonicals(page)[0];
      expect(article, urlPath).toMatchObject({
        headline: page.doc.querySelector('h1')?.textContent.trim(),
        description: meta(page, 'description'),
        url: canonical,
        mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
        datePublished: meta(page, 'article:published_time'),
        dateModified: meta(page, 'article:modified_time'),
        isAccessibleForFree: true,
        inLanguage: site.lang,
        publisher: { '@type': 'Organization', name: site.publisher, url: `${site.url}/` },
        image: [{ '@type': 'ImageObject', url: meta(page, 'og:image'), width: 1200, height: 630 }],
      });
      expect((article['publisher'] as { logo: { url: string } }).logo.url).toBe(`${site.url}/icon-512.png`);
      // Every author of the byline, in order, with their page.
      const byline = page.doc.querySelectorAll('.byline a').map((a) => ({
        name: a.textContent.trim(),
        url: new URL(a.getAttribute('href') ?? '', site.url).href,
      }));
      const authors = article['author'] as { '@type': string; name: string; url: string; jobTitle?: string }[];
      expect(authors.map(({ name, url }) => ({ name, url }))).toEqual(byline);
      for (const author of authors) expect(['Person', 'Organization']).toContain(author['@type']);
      const topics = page.doc.querySelectorAll('ul.topics a').map((a) => a.textContent.trim());
      if (topics.length > 0) {
        expect(article['articleSection']).toBe(topics[0]);
        expect(article['keywords']).toBe(topics.join(', '));
      }
    }
  });

  it('describes people as Persons with their job title, and the house byline as an Organization', () => {
    const seed = one(pageAt('/insights/microsoft-and-sony-teaming-up-is-smart/'), 'NewsArticle');
    expect(seed['author']).toEqual([
      {
        '@type': 'Person',
        name: 'Timothy Albright',
        url: `${site.url}/authors/timothy-albright/`,
        jobTitle: 'Analyst in Residence at Futurum Research',
      },
    ]);
    expect(seed['articleSection']).toBe('Cloud');
    expect(seed['keywords']).toBe('Cloud, Gaming, Partnerships');
    const house = one(pageAt('/insights/western-digital-q2-fy-2026-results-beat-on-cloud-hdd-demand/'), 'NewsArticle');
    expect(house['author']).toEqual([
      { '@type': 'Organization', name: 'Futurum Research', url: `${site.url}/authors/futurum-research/` },
    ]);
  });

  it('has a ProfilePage about the author on author pages', () => {
    const authors = pages.filter((p) => isAuthor(p.urlPath));
    expect(authors.length).toBeGreaterThanOrEqual(5);
    for (const { urlPath, page } of authors) {
      const profile = one(page, 'ProfilePage');
      const name = (page.doc.querySelector('h1')?.textContent ?? '').replace(/, page \d+ of \d+$/, '');
      expect(profile, urlPath).toMatchObject({
        url: canonicals(page)[0],
        mainEntity: { name, url: `${site.url}${urlPath.replace(/\d+\/$/, '')}` },
        image: { url: meta(page, 'og:image') },
      });
    }
    expect(one(pageAt('/authors/olivier-blanchard/'), 'ProfilePage')['mainEntity']).toMatchObject({
      '@type': 'Person',
      jobTitle: 'Research Director at The Futurum Group',
    });
  });

  it('has a CollectionPage listing the page’s items on archives, topics and the authors index', () => {
    const collections = pages.filter((p) => isCollection(p.urlPath));
    expect(collections.map((p) => p.urlPath)).toEqual(
      expect.arrayContaining(['/insights/', '/topics/', '/topics/cloud/', '/authors/']),
    );
    for (const { urlPath, page } of collections) {
      const collection = one(page, 'CollectionPage');
      expect(collection, urlPath).toMatchObject({
        url: canonicals(page)[0],
        name: expect.any(String),
        description: meta(page, 'description'),
        isPartOf: { '@type': 'WebSite', url: `${site.url}/` },
      });
      const list = collection['mainEntity'] as { numberOfItems: number; itemListElement: { url: string }[] };
      expect(list.numberOfItems, urlPath).toBeGreaterThan(0);
      expect(list.itemListElement).toHaveLength(list.numberOfItems);
    }
    // The archive lists exactly the insights it shows, in order.
    const archive = pageAt('/insights/');
    const shown = archive.doc
      .querySelectorAll('main article h3 a, main article h2 a')
      .map((a) => `${site.url}${a.getAttribute('href')}`);
    const listed = (one(archive, 'CollectionPage')['mainEntity'] as { itemListElement: { url: string }[] })
      .itemListElement;
    expect(listed.map((i) => i.url)).toEqual(shown);
  });

  it('has a WebSite with a SearchAction pointing at /search/ on the home page', () => {
    const home = pageAt('/');
    const website = one(home, 'WebSite');
    expect(website).toMatchObject({
      name: site.name,
      url: `${site.url}/`,
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${site.url}/search/?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
    // The search page reads the same parameter.
    expect(pageAt('/search/').doc.querySelector('input[name="q"]')).toBeTruthy();
    for (const { urlPath, page } of pages)
      if (urlPath !== '/') expect(blocksOfType(page, 'WebSite'), urlPath).toEqual([]);
  });
});
