import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { root } from '../fixtures/build-fixture';
import { indexedUrls } from '../fixtures/search-index';

const dist = join(root, 'dist');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const page = (path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const SEED = '/insights/microsoft-and-sony-teaming-up-is-smart/';

function htmlPages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [relative(dist, path)] : [];
  });
}

describe('home page', () => {
  const doc = page('');
  it('shows the newest insight prominently, then more, then topics and ways to subscribe', () => {
    const lead = doc.querySelector('.lead h3 a');
    expect(lead?.getAttribute('href')).toBe(
      '/insights/amazon-ces-2026-do-ring-fire-tv-and-alexa-add-up-to-one-strategy/',
    );
    expect(doc.querySelectorAll('main article').length).toBeGreaterThanOrEqual(6);
    expect(doc.querySelectorAll('.topic-index a').map((a) => a.getAttribute('href'))).toEqual([
      '/topics/cloud/',
      '/topics/gaming/',
      '/topics/partnerships/',
    ]);
    expect(doc.querySelector('main a[href="/feeds/"]')).toBeTruthy();
    expect(doc.querySelector('section.newsletter')).toBeTruthy();
  });
  it('has no breadcrumbs', () => expect(doc.querySelector('nav.breadcrumbs')).toBeNull());
});

describe('archive', () => {
  it('lists every insight newest first with date, authors, topics and summary', () => {
    const doc = page('insights');
    const cards = doc.querySelectorAll('main article');
    expect(cards).toHaveLength(7);
    const seed = cards.find((c) => c.querySelector('h3 a')?.getAttribute('href') === SEED);
    expect(squash(seed?.querySelector('time')?.textContent ?? '')).toBe('May 17, 2019');
    expect(seed?.textContent).toContain('Timothy Albright');
    expect(seed?.querySelector('.topics')?.textContent).toContain('Cloud');
    expect(seed?.querySelector('.summary')?.textContent).toContain('memorandum of understanding');
    expect(doc.querySelectorAll('section.year h2').map((h) => h.textContent.trim())).toEqual(['2026', '2019']);
  });
});

describe('topics', () => {
  it('lists every topic with its count', () => {
    const items = page('topics')
      .querySelectorAll('.topic-index li')
      .map((li) => squash(li.textContent));
    expect(items).toEqual(['Cloud 1 insight', 'Gaming 1 insight', 'Partnerships 1 insight']);
  });
  it('has a page per topic listing its insights', () => {
    const links = page('topics/gaming')
      .querySelectorAll('main article h2 a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual([SEED]);
  });
});

describe('authors', () => {
  it('lists every author with title', () => {
    const text = squash(page('authors').querySelector('main')?.textContent ?? '');
    for (const name of ['Alex Smith', 'Futurum Research', 'Olivier Blanchard', 'Tiffani Bova', 'Timothy Albright']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Research Director at The Futurum Group');
  });
  it('gives each author a page with title and insights', () => {
    const doc = page('authors/tiffani-bova');
    expect(squash(doc.querySelector('h1')?.textContent ?? '')).toBe('Tiffani Bova');
    expect(doc.querySelector('.title')?.textContent).toBe('Chief Strategy and Research Officer at The Futurum Group');
    expect(doc.querySelectorAll('main article')).toHaveLength(2);
  });
});

describe('search page without JavaScript', () => {
  const doc = page('search');
  it('has a real form that submits a query to itself', () => {
    const form = doc.querySelector('form[role="search"]');
    expect(form?.getAttribute('action')).toBe('/search/');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelector('input[name="q"]')).toBeTruthy();
  });
  it('offers the archive and the topics', () => {
    const fallback = doc.querySelector('[data-no-js]');
    expect(fallback?.querySelector('a[href="/insights/"]')).toBeTruthy();
    expect(fallback?.querySelectorAll('a[href^="/topics/"]')).toHaveLength(3);
  });
  it('has filters for topic, author and year, revealed by the script', () => {
    const legends = doc.querySelectorAll('fieldset legend').map((l) => l.textContent.trim());
    expect(legends).toEqual(['Topic', 'Author', 'Year']);
    expect(doc.querySelector('.filters')?.hasAttribute('hidden')).toBe(true);
  });
  it('allows WebAssembly for the index on this page only', () => {
    const csp = (p: string) =>
      page(p).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp('search')).toContain("'wasm-unsafe-eval'");
    expect(csp('insights')).not.toContain("'wasm-unsafe-eval'");
  });
});

describe('search index', () => {
  it('holds exactly the insight pages', () => {
    const insights = htmlPages()
      .filter((p) => /^insights\/[^/]+\/index\.html$/.test(p) && !/^insights\/\d+\//.test(p))
      .map((p) => `/${p.replace(/index\.html$/, '')}`)
      .sort();
    expect(indexedUrls(dist)).toEqual(insights);
    expect(insights).toHaveLength(7);
  });
});

describe('404 page', () => {
  const doc = parse(readFileSync(join(dist, '404.html'), 'utf8'));
  it('helps: a search box, the newest insights and the topics', () => {
    expect(doc.querySelector('form[role="search"] input[name="q"]')).toBeTruthy();
    expect(doc.querySelectorAll('main article').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('.topic-index a')).toHaveLength(3);
  });
});

describe('sitemap and robots.txt', () => {
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({
    loc: new URL(m[1] ?? '').pathname,
    lastmod: m[2],
  }));
  it('lists every public page and nothing else', () => {
    const pages = htmlPages()
      .filter((p) => p !== '404.html')
      .filter((p) => !/<meta name="robots" content="[^"]*noindex/.test(readFileSync(join(dist, p), 'utf8')))
      .map((p) => `/${p.replace(/index\.html$/, '')}`)
      .sort();
    expect(entries.map((e) => e.loc).sort()).toEqual(pages);
  });
  it('gives insights their publication (or update) day as lastmod', () => {
    expect(entries.find((e) => e.loc === SEED)?.lastmod).toMatch(/^2019-05-17/);
    expect(entries.find((e) => e.loc === '/insights/')?.lastmod).toMatch(/^2026-02-05/);
  });
  it('leaves out the pages that ask not to be indexed (thank-you pages)', () => {
    expect(entries.map((e) => e.loc)).not.toContain('/newsletter/thanks/');
    expect(entries.map((e) => e.loc)).toContain('/book-a-demo/');
  });
  it('is announced in robots.txt', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
    expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
  });
});

describe('every page below home', () => {
  const pages = htmlPages().filter((p) => p !== 'index.html');
  it.each(pages)('%s has breadcrumbs with matching BreadcrumbList data', (path) => {
    const doc = parse(readFileSync(join(dist, path), 'utf8'));
    const visible = doc.querySelectorAll('nav.breadcrumbs li').map((li) => squash(li.textContent));
    expect(visible[0]).toBe('Home');
    const data = doc
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as { '@type': string; itemListElement?: { name: string; item: string }[] })
      .find((d) => d['@type'] === 'BreadcrumbList');
    expect(data?.itemListElement?.map((i) => i.name)).toEqual(visible);
  });
  it.each(htmlPages())('%s marks its menu section as current', (path) => {
    const doc = parse(readFileSync(join(dist, path), 'utf8'));
    const current = doc.querySelectorAll('nav[aria-label="Menu"] a[aria-current]').map((a) => a.getAttribute('href'));
    const section = `/${path.split('/')[0]}/`;
    const menu = doc.querySelectorAll('nav[aria-label="Menu"] a').map((a) => a.getAttribute('href'));
    expect(current).toEqual(menu.includes(section) ? [section] : []);
  });
});
