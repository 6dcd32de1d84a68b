import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildFixture, type BuildResult } from '../fixtures/build-fixture';
import { contentWith, manyInsights } from '../fixtures/minimal-content';

const read = (r: BuildResult, path: string) => parse(readFileSync(join(r.outDir, path, 'index.html'), 'utf8'));
const exists = (r: BuildResult, path: string) => existsSync(join(r.outDir, path, 'index.html'));
const cardLinks = (r: BuildResult, path: string) =>
  read(r, path)
    .querySelectorAll('main article h3 a, main article h2 a')
    .map((a) => a.getAttribute('href'));

describe('pagination edges (page size 3)', () => {
  it('exactly one page: no pager, no page 2', async () => {
    const r = await buildFixture(contentWith(manyInsights(3)), { PAGE_SIZE: '3' });
    expect(r.code, r.output).toBe(0);
    expect(cardLinks(r, 'insights')).toHaveLength(3);
    expect(read(r, 'insights').querySelector('nav.pager')).toBeNull();
    expect(exists(r, 'insights/2')).toBe(false);
    expect(exists(r, 'topics/cloud')).toBe(true);
    expect(exists(r, 'topics/cloud/2')).toBe(false);
  });

  it('an exact multiple of the page size: two full pages and no empty third', async () => {
    const r = await buildFixture(contentWith(manyInsights(6)), { PAGE_SIZE: '3' });
    expect(r.code, r.output).toBe(0);
    expect(cardLinks(r, 'insights')).toEqual(['/insights/insight-6/', '/insights/insight-5/', '/insights/insight-4/']);
    expect(cardLinks(r, 'insights/2')).toEqual([
      '/insights/insight-3/',
      '/insights/insight-2/',
      '/insights/insight-1/',
    ]);
    expect(exists(r, 'insights/3')).toBe(false);

    const first = read(r, 'insights').querySelector('nav.pager');
    expect(first?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/insights/2/');
    expect(first?.querySelector('a[rel="prev"]')).toBeNull();
    expect(first?.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/insights/');
    const second = read(r, 'insights/2').querySelector('nav.pager');
    expect(second?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/insights/');
    expect(second?.querySelector('a[rel="next"]')).toBeNull();
    expect(second?.querySelectorAll('ol a').map((a) => a.getAttribute('href'))).toEqual(['/insights/', '/insights/2/']);

    expect(cardLinks(r, 'topics/cloud/2')).toHaveLength(3);
    expect(exists(r, 'topics/cloud/3')).toBe(false);
    expect(cardLinks(r, 'authors/jane-doe/2')).toHaveLength(3);
    expect(exists(r, 'authors/jane-doe/3')).toBe(false);
  });

  it('one more than a multiple: the last page holds the single oldest insight', async () => {
    const r = await buildFixture(contentWith(manyInsights(7)), { PAGE_SIZE: '3' });
    expect(r.code, r.output).toBe(0);
    expect(cardLinks(r, 'insights/3')).toEqual(['/insights/insight-1/']);
  });

  it('a topic with no published insight gets no page and is not listed; an author with none still has a page', async () => {
    const r = await buildFixture(contentWith(manyInsights(2)), { PAGE_SIZE: '3' });
    expect(r.code, r.output).toBe(0);
    expect(exists(r, 'topics/unused')).toBe(false);
    expect(exists(r, 'topics/gaming')).toBe(false);
    const topics = read(r, 'topics')
      .querySelectorAll('main ul.topic-index a')
      .map((a) => a.getAttribute('href'));
    expect(topics).toEqual(['/topics/cloud/']);
    expect(exists(r, 'authors/john-roe')).toBe(true);
    expect(read(r, 'authors/john-roe').textContent).toContain('No insights published yet.');
  });

  it('groups the archive by year', async () => {
    const insights = [
      { slug: 'new', pubDate: '2026-01-02' },
      { slug: 'old', pubDate: '2025-12-30' },
    ];
    const r = await buildFixture(contentWith(insights), { PAGE_SIZE: '3' });
    const years = read(r, 'insights').querySelectorAll('section.year');
    expect(years.map((s) => s.querySelector('h2')?.textContent.trim())).toEqual(['2026', '2025']);
    expect(years[0]?.querySelector('h3 a')?.getAttribute('href')).toBe('/insights/new/');
  });
});
