/**
 * Head metadata of every built page (dist/): one absolute canonical URL that is the page's own address, Open Graph
 * and Twitter tags whose image is a real 1200×630 PNG of the site, article and citation tags on insights, and the
 * icons and manifest the head links to.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/page-meta';
import { site } from '../../src/site.config';
import { distDir, listBuiltPages, type BuiltPage } from '../helpers/site';
import { canonicals, fileOfUrl, meta, metas, pngInfo, readPage, type Page } from './seo-checks';

interface Built extends BuiltPage {
  page: Page;
}

const kindOf = (urlPath: string) =>
  /^\/insights\/[^/]+\/$/.test(urlPath) && !/^\/insights\/\d+\/$/.test(urlPath) ? 'insight' : 'other';

describe('head metadata of every built page', () => {
  let pages: Built[];
  const pageAt = (urlPath: string): Page => {
    const found = pages.find((p) => p.urlPath === urlPath);
    if (!found) throw new Error(`No built page at ${urlPath}`);
    return found.page;
  };
  beforeAll(() => {
    pages = listBuiltPages().map((p) => ({ ...p, page: readPage(path.join(distDir, p.file)) }));
  });

  it('finds the pages of every kind', () => {
    const paths = pages.map((p) => p.urlPath);
    for (const expected of ['/', '/404.html', '/insights/', '/topics/cloud/', '/authors/timothy-albright/']) {
      expect(paths).toContain(expected);
    }
    expect(pages.filter((p) => kindOf(p.urlPath) === 'insight').length).toBeGreaterThanOrEqual(7);
  });

  it('has exactly one canonical URL, absolute, that is the page’s own address', () => {
    for (const { urlPath, page } of pages) {
      expect(canonicals(page), urlPath).toEqual([new URL(urlPath, site.url).href]);
    }
  });

  it('has the document title from the site’s pattern, and a description', () => {
    for (const { urlPath, page } of pages) {
      const title = page.doc.querySelector('title')?.textContent ?? '';
      const ogTitle = meta(page, 'og:title');
      expect(title, urlPath).toBe(documentTitle(site.titlePattern, site.name, urlPath === '/' ? undefined : ogTitle));
      if (urlPath === '/') expect(ogTitle).toBe(site.name);
      expect(meta(page, 'description').length, urlPath).toBeGreaterThan(10);
    }
  });

  it('has Open Graph and Twitter tags, the same on every network', () => {
    for (const { urlPath, page } of pages) {
      const canonical = canonicals(page)[0];
      expect(meta(page, 'og:type'), urlPath).toBe(kindOf(urlPath) === 'insight' ? 'article' : 'website');
      expect(meta(page, 'og:url'), urlPath).toBe(canonical);
      expect(meta(page, 'og:site_name')).toBe(site.name);
      expect(meta(page, 'og:locale')).toBe('en_US');
      expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
      expect(meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(meta(page, 'twitter:title')).toBe(meta(page, 'og:title'));
      expect(meta(page, 'twitter:description')).toBe(meta(page, 'description'));
      expect(meta(page, 'twitter:image')).toBe(meta(page, 'og:image'));
      expect(meta(page, 'twitter:image:alt')).toBe(meta(page, 'og:image:alt'));
    }
  });

  it('points og:image at a 1200×630 PNG of the site, by absolute URL, with its size and alt text', async () => {
    const seen = new Set<string>();
    for (const { urlPath, page } of pages) {
      const url = meta(page, 'og:image');
      expect(url.startsWith(`${site.url}/og/`) && url.endsWith('.png'), `${urlPath}: ${url}`).toBe(true);
      expect(meta(page, 'og:image:type')).toBe('image/png');
      expect(meta(page, 'og:image:width')).toBe('1200');
      expect(meta(page, 'og:image:height')).toBe('630');
      expect(meta(page, 'og:image:alt').length, urlPath).toBeGreaterThan(5);
      seen.add(url);
    }
    for (const url of seen) {
      const info = await pngInfo(fileOfUrl(distDir, site.url, url));
      expect({ url, ...info }).toMatchObject({ url, format: 'png', width: 1200, height: 630 });
    }
    // Insights, topics, authors and the home page each have their own.
    expect(seen.size).toBeGreaterThanOrEqual(7 + 3 + 5 + 1);
  });

  it('gives each insight, topic and author page its own image, and the home page the site’s', () => {
    const image = (urlPath: string) => meta(pageAt(urlPath), 'og:image');
    expect(image('/')).toBe(`${site.url}/og/site.png`);
    expect(image('/insights/microsoft-and-sony-teaming-up-is-smart/')).toBe(
      `${site.url}/og/insights/microsoft-and-sony-teaming-up-is-smart.png`,
    );
    expect(image('/topics/cloud/')).toBe(`${site.url}/og/topics/cloud.png`);
    expect(image('/authors/timothy-albright/')).toBe(`${site.url}/og/authors/timothy-albright.png`);
  });

  it('has the article and citation tags on insights, and only there', () => {
    for (const { urlPath, page } of pages) {
      if (kindOf(urlPath) !== 'insight') {
        expect(metas(page, 'article:published_time'), urlPath).toEqual([]);
        expect(metas(page, 'citation_title'), urlPath).toEqual([]);
        continue;
      }
      const title = meta(page, 'og:title');
      const published = meta(page, 'article:published_time');
      expect(published).toMatch(/^\d{4}-\d{2}-\d{2}/);
      // "Updated" is the same day in the head as in the sitemap's source (dcterms.modified).
      expect(meta(page, 'article:modified_time').slice(0, 10)).toBe(meta(page, 'dcterms.modified'));
      const authorLinks = page.doc
        .querySelectorAll('.byline a')
        .map((a) => new URL(a.getAttribute('href') ?? '', site.url).href);
      expect(metas(page, 'article:author')).toEqual(authorLinks);
      const topics = page.doc.querySelectorAll('ul.topics a').map((a) => a.textContent.trim());
      expect(metas(page, 'article:tag')).toEqual(topics);
      expect(metas(page, 'article:section')).toEqual(topics.slice(0, 1));
      expect(meta(page, 'citation_title')).toBe(title);
      expect(metas(page, 'citation_author')).toEqual(
        page.doc.querySelectorAll('.byline a').map((a) => a.textContent.trim()),
      );
      expect(meta(page, 'citation_publication_date')).toBe(published.slice(0, 10).replaceAll('-', '/'));
      expect(meta(page, 'citation_publisher')).toBe(site.publisher);
    }
  });

  it('has a visible, ready-to-copy citation on insights', () => {
    const page = pageAt('/insights/microsoft-and-sony-teaming-up-is-smart/');
    const block = page.doc.querySelector('section.cite');
    expect(block?.querySelector('h2')?.textContent).toBe('Cite this insight');
    expect(block?.querySelector('.citation')?.textContent).toBe(
      `Timothy Albright. “Microsoft and Sony Teaming Up, Partnering on Cloud, Imaging.” ${site.publisher}, May 17, 2019. ${site.url}/insights/microsoft-and-sony-teaming-up-is-smart/`,
    );
  });

  it('shows the generated cover where an insight has no photo, sized, described, without a credit line', async () => {
    const page = pageAt('/insights/microsoft-and-sony-teaming-up-is-smart/');
    const cover = page.doc.querySelector('figure.cover img');
    expect(cover?.getAttribute('src')).toBe('/og/insights/microsoft-and-sony-teaming-up-is-smart.png');
    expect(cover?.getAttribute('width')).toBe('1200');
    expect(cover?.getAttribute('height')).toBe('630');
    expect(cover?.getAttribute('alt')).toBe(meta(page, 'og:image:alt'));
    expect(cover?.getAttribute('alt')).toContain('Microsoft and Sony Teaming Up');
    expect(page.doc.querySelector('figure.cover figcaption')).toBeNull();
    expect(page.doc.querySelector('main')?.textContent).not.toMatch(/Photo Credit/);
    // Where the photo would be: after the byline, before the table of contents.
    expect(page.html.indexOf('class="cover')).toBeGreaterThan(page.html.indexOf('class="byline'));
    expect(page.html.indexOf('class="cover')).toBeLessThan(page.html.indexOf('class="toc'));
  });

  it('links one set of icons, all made from one source, and a manifest that lists existing icons', async () => {
    for (const { urlPath, page } of pages) {
      const icons = page.doc
        .querySelectorAll('link[rel="icon"]')
        .map((l) => [l.getAttribute('href'), l.getAttribute('type')]);
      expect(icons, urlPath).toEqual([
        ['/favicon.svg', 'image/svg+xml'],
        ['/favicon-48.png', 'image/png'],
      ]);
      expect(page.doc.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href')).toBe(
        '/apple-touch-icon.png',
      );
      expect(page.doc.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe('/manifest.webmanifest');
    }
    const svg = readFileSync(path.join(distDir, 'favicon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(await pngInfo(path.join(distDir, 'favicon-48.png'))).toMatchObject({ format: 'png', width: 48, height: 48 });
    // Apple draws transparent corners black: the touch icon is opaque.
    expect(await pngInfo(path.join(distDir, 'apple-touch-icon.png'))).toMatchObject({
      width: 180,
      height: 180,
      hasAlpha: false,
    });
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toBe(site.name);
    expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of manifest.icons) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(await pngInfo(path.join(distDir, icon.src))).toMatchObject({ format: 'png', width, height });
    }
  });
});
