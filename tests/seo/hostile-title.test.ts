/**
 * A fixture whose title is hostile to HTML and JSON-LD writers (`</script>`, straight and curly quotes, `&`) and
 * to image renderers (accents, Japanese, an emoji) builds into valid HTML whose metadata and structured data say
 * exactly that title; its revision day reaches the page, the head, the structured data, the citation, the image,
 * the sitemap and the feeds alike; and an insight first published elsewhere names that address as canonical.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { buildFixture, type BuildResult } from '../fixtures/build-fixture';
import { vnuJar } from '../helpers/site';
import {
  blocksOfType,
  canonicals,
  fileOfUrl,
  jsonLdBlocks,
  meta,
  metas,
  pngInfo,
  readPage,
  type Json,
  type Page,
} from './seo-checks';

const TITLE = 'Société Générale: 日本のクラウド市場 🚀 — “quotes” & </script> "straight" \'single\'';
const DESCRIPTION = 'A description with </script><script>alert(1)</script> & "quotes" in it, long enough.';
const TOPIC = 'R&D "Labs" </script>';
const ORIGINAL = 'https://original.example.org/posts/elsewhere?a=1&b=2';

const yaml = (text: string) => `'${text.replace(/'/g, "''")}'`;

function content(photo: Buffer): Record<string, string | Buffer> {
  return {
    'insights/photo.png': photo,
    'insights/with-photo.mdx': [
      '---',
      "title: 'An insight with a photo'",
      "description: 'An insight that has its own photo, so it shows no generated cover.'",
      'pubDate: 2024-01-15',
      'authors:\n  - jane-doe',
      "hero:\n  src: ./photo.png\n  alt: 'A blue test photo'\n  credit: Someone",
      '---',
      '',
      'A paragraph of body text.',
      '',
    ].join('\n'),
    'authors/jane-doe.json': JSON.stringify({ name: 'Jane Doe', title: 'Analyst & "Writer"' }),
    'authors/john-roe.json': JSON.stringify({ name: 'John Roe' }),
    'topics.json': JSON.stringify([
      { id: 'cloud', name: 'Cloud' },
      { id: 'rnd', name: TOPIC },
    ]),
    'insights/hostile.mdx': [
      '---',
      `title: ${yaml(TITLE)}`,
      `description: ${yaml(DESCRIPTION)}`,
      'pubDate: 2024-03-01',
      'updatedDate: 2024-03-05',
      'authors:\n  - jane-doe\n  - john-roe',
      'topics:\n  - rnd\n  - cloud',
      '---',
      '',
      'A paragraph of body text.',
      '',
    ].join('\n'),
    'insights/elsewhere.mdx': [
      '---',
      "title: 'First published elsewhere'",
      "description: 'An insight whose original lives at another address, republished here.'",
      'pubDate: 2024-02-01',
      'authors:\n  - john-roe',
      `canonical: ${yaml(ORIGINAL)}`,
      '---',
      '',
      'A paragraph of body text.',
      '',
    ].join('\n'),
  };
}

const hostileUrl = `${site.url}/insights/hostile/`;
const elsewhereUrl = `${site.url}/insights/elsewhere/`;

interface VnuReport {
  messages: { type: string; message: string; lastLine?: number; extract?: string }[];
}

function vnu(file: string): Promise<VnuReport> {
  return new Promise((resolve, reject) => {
    execFile('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', file], (_error, _stdout, stderr) => {
      try {
        resolve(JSON.parse(stderr) as VnuReport);
      } catch {
        reject(new Error(`The Nu checker did not print a JSON report:\n${stderr}`));
      }
    });
  });
}

describe('a hostile title', () => {
  let build: BuildResult;
  let hostile: Page;
  let elsewhere: Page;
  const file = (urlPath: string) => path.join(build.outDir, urlPath, 'index.html');

  beforeAll(async () => {
    const photo = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    build = await buildFixture(content(photo));
    if (build.code !== 0) throw new Error(`The fixture did not build:\n${build.output}`);
    hostile = readPage(file('insights/hostile'));
    elsewhere = readPage(file('insights/elsewhere'));
  });

  afterAll(async () => {
    if (build) await rm(path.dirname(build.outDir), { recursive: true, force: true });
  });

  it('is valid HTML for the W3C Nu checker and html-validate', async () => {
    const report = await vnu(file('insights/hostile'));
    expect(report.messages.map((m) => `${m.lastLine}: ${m.message} ${m.extract ?? ''}`)).toEqual([]);
    const validation = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(file('insights/hostile'));
    expect(validation.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('cannot break out of a JSON-LD script element, and the JSON says the title exactly', () => {
    const scripts = hostile.doc.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts.length).toBe(2);
    for (const script of scripts) expect(script.textContent).not.toMatch(/[<>]/);
    const article = blocksOfType(hostile, 'NewsArticle')[0] as Json;
    expect(article['headline']).toBe(TITLE);
    expect(article['description']).toBe(DESCRIPTION);
    expect(article['articleSection']).toBe(TOPIC);
    expect(article['keywords']).toBe(`${TOPIC}, Cloud`);
    expect((article['author'] as Json[])[0]).toMatchObject({ '@type': 'Person', jobTitle: 'Analyst & "Writer"' });
    const crumbs = (blocksOfType(hostile, 'BreadcrumbList')[0] as Json)['itemListElement'] as Json[];
    expect(crumbs.at(-1)).toMatchObject({ name: TITLE, item: hostileUrl });
  });

  it('reaches the page, the head, the citation and the image unchanged', () => {
    expect(hostile.doc.querySelector('h1')?.textContent).toBe(TITLE);
    expect(meta(hostile, 'og:title')).toBe(TITLE);
    expect(meta(hostile, 'twitter:title')).toBe(TITLE);
    expect(meta(hostile, 'citation_title')).toBe(TITLE);
    expect(meta(hostile, 'description')).toBe(DESCRIPTION);
    expect(metas(hostile, 'article:tag')).toEqual([TOPIC, 'Cloud']);
    expect(metas(hostile, 'citation_author')).toEqual(['Jane Doe', 'John Roe']);
    expect(hostile.doc.querySelector('.citation')?.textContent).toContain(`“${TITLE}.”`);
    expect(meta(hostile, 'og:image:alt')).toContain(TITLE);
    expect(hostile.doc.querySelector('figure.cover img')?.getAttribute('alt')).toBe(meta(hostile, 'og:image:alt'));
  });

  it('is drawn with local fonts that have every character, as a 1200×630 PNG', async () => {
    // The renderer warns about characters no local font or emoji picture draws (src/lib/og/render.ts).
    expect(build.output).not.toMatch(/no local font draws/);
    expect(build.output).toMatch(/\[image-report\] \d+ image\(s\) rendered, 0 reused/);
    const image = meta(hostile, 'og:image');
    expect(image).toBe(`${site.url}/og/insights/hostile.png`);
    expect(await pngInfo(fileOfUrl(build.outDir, site.url, image))).toMatchObject({
      format: 'png',
      width: 1200,
      height: 630,
    });
  });

  it('shows the same "updated" day on the page, in the head, the data, the citation, the image, the sitemap and the feeds', () => {
    const day = '2024-03-05';
    const times = hostile.doc.querySelectorAll('.byline time').map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(['2024-03-01', day]);
    expect(hostile.doc.querySelector('.byline')?.textContent).toContain('Updated March 5, 2024');
    expect(meta(hostile, 'dcterms.modified')).toBe(day);
    expect(meta(hostile, 'article:modified_time')).toBe(day);
    expect(meta(hostile, 'article:published_time')).toBe('2024-03-01');
    expect((blocksOfType(hostile, 'NewsArticle')[0] as Json)['dateModified']).toBe(day);
    expect(hostile.doc.querySelector('.citation')?.textContent).toContain('March 1, 2024, updated March 5, 2024.');
    expect(meta(hostile, 'og:image:alt')).toContain('Updated March 5, 2024');

    const sitemap = readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const entry = sitemap.match(new RegExp(`<url><loc>${hostileUrl}</loc><lastmod>([^<]+)</lastmod>`));
    expect(entry?.[1]?.slice(0, 10)).toBe(day);

    const json = JSON.parse(readFileSync(path.join(build.outDir, 'feed.json'), 'utf8')) as {
      items: { id: string; date_modified?: string }[];
    };
    expect(json.items.find((i) => i.id === hostileUrl)?.date_modified?.slice(0, 10)).toBe(day);
    const atom = readFileSync(path.join(build.outDir, 'atom.xml'), 'utf8');
    const atomEntry = atom.split('<entry>').find((e) => e.includes(`<id>${hostileUrl}</id>`)) ?? '';
    expect(atomEntry.match(/<updated>([^<]+)<\/updated>/)?.[1]?.slice(0, 10)).toBe(day);
    const rss = readFileSync(path.join(build.outDir, 'rss.xml'), 'utf8');
    const rssItem = rss.split('<item>').find((e) => e.includes(hostileUrl)) ?? '';
    expect(rssItem.match(/<atom:updated>([^<]+)<\/atom:updated>/)?.[1]?.slice(0, 10)).toBe(day);
  });

  it('names the original address as canonical when an insight was first published elsewhere', () => {
    expect(canonicals(elsewhere)).toEqual([ORIGINAL]);
    expect(meta(elsewhere, 'og:url')).toBe(ORIGINAL);
    const article = blocksOfType(elsewhere, 'NewsArticle')[0] as Json;
    expect(article['url']).toBe(ORIGINAL);
    expect(article['mainEntityOfPage']).toEqual({ '@type': 'WebPage', '@id': ORIGINAL });
    expect(elsewhere.doc.querySelector('.citation')?.textContent?.endsWith(ORIGINAL)).toBe(true);
    // The breadcrumb trail is this site's own.
    const crumbs = (blocksOfType(elsewhere, 'BreadcrumbList')[0] as Json)['itemListElement'] as Json[];
    expect(crumbs.at(-1)?.['item']).toBe(elsewhereUrl);
    // The sitemap lists only this site's canonical pages.
    const sitemap = readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${hostileUrl}</loc>`);
    expect(sitemap).not.toContain(elsewhereUrl);
  });

  it('parses as JSON on every page of the fixture', () => {
    for (const urlPath of ['', 'insights', 'topics/rnd', 'authors/jane-doe']) {
      const page = readPage(file(urlPath));
      expect(jsonLdBlocks(page).length, urlPath).toBeGreaterThan(0);
    }
    expect(blocksOfType(readPage(file('topics/rnd')), 'CollectionPage')[0]?.['name']).toBe(TOPIC);
  });

  it('shows a real photo with its credit instead of the generated cover, and still shares a generated card', async () => {
    const page = readPage(file('insights/with-photo'));
    expect(page.doc.querySelector('figure.cover')).toBeNull();
    expect(page.doc.querySelector('figure.hero img')?.getAttribute('alt')).toBe('A blue test photo');
    expect(page.doc.querySelector('figure.hero figcaption')?.textContent).toBe('Photo Credit: Someone');
    const image = meta(page, 'og:image');
    expect(image).toBe(`${site.url}/og/insights/with-photo.png`);
    expect(await pngInfo(fileOfUrl(build.outDir, site.url, image))).toMatchObject({ width: 1200, height: 630 });
  });
});
