/**
 * The MDX components (src/components/mdx/) in a real build: a fixture insight that uses every one of them
 * (tests/fixtures/mdx-components.ts) builds, and its page passes the same gates as the site's pages — the W3C Nu
 * checker, html-validate, no style attribute, and axe-core in Chromium in both colour schemes with no CSP
 * violation — while its feeds carry feed-safe HTML: each chart is an <img> of its static SVG file, with alt text
 * and its data table, and no inline SVG or style. The content check finds nothing wrong with it either.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, root, type BuildResult } from '../fixtures/build-fixture';
import { CHART_DESCRIPTION, CHART_TITLE, LINE_TITLE, componentsContent } from '../fixtures/mdx-components';
import { launchChromium } from '../helpers/browser';
import { startPreview, type PreviewServer } from '../helpers/preview';
import { vnuJar } from '../helpers/site';
import { fileOfUrl, readFeed, xmllint } from '../feeds/feed-checks';

const PAGE = 'insights/an-insight/index.html';
const URL_PATH = '/insights/an-insight/';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    execFile(cmd, args, { cwd: root, env, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

let build: BuildResult;
let html: string;

beforeAll(async () => {
  build = await buildFixture(await componentsContent());
  if (build.code !== 0) throw new Error(`The fixture did not build:\n${build.output}`);
  html = readFileSync(path.join(build.outDir, PAGE), 'utf8');
});

describe('an insight using every MDX component', () => {
  it('renders each component on its page', () => {
    const prose = parse(html).querySelector('.prose')!;
    const charts = prose.querySelectorAll('figure.chart');
    expect(charts.map((c) => c.querySelector('figcaption')?.textContent)).toEqual([CHART_TITLE, LINE_TITLE]);
    const svg = charts[0]!.querySelector('svg[role="img"]')!;
    expect(prose.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.textContent).toBe(CHART_TITLE);
    expect(prose.querySelector(`#${svg.getAttribute('aria-describedby')}`)?.textContent).toBe(
      `${CHART_TITLE}. ${CHART_DESCRIPTION}`,
    );
    expect(charts[0]!.querySelectorAll('details table tbody tr')).toHaveLength(3);
    expect(prose.querySelector('figure.figure picture img')?.getAttribute('alt')).toBe(
      'A blue rectangle standing in for a photo',
    );
    expect(prose.querySelectorAll('[role="note"]').map((n) => n.getAttribute('aria-label'))).toEqual([
      'Note',
      'Key takeaway',
    ]);
    expect(prose.querySelector('figure.pull-quote blockquote')?.textContent.trim()).toBe(
      'We expect growth to continue.',
    );
    expect(prose.querySelectorAll('figure.key-figures dl dt').map((dt) => dt.textContent)).toEqual([
      'Cloud revenue',
      'Operating margin',
      'New regions',
    ]);
    // No client JavaScript: the components are HTML and CSS only.
    expect(prose.querySelectorAll('script')).toHaveLength(0);
  });

  it('has zero errors from the W3C Nu HTML checker', async () => {
    const { code, stderr } = await run('java', [
      '-jar',
      vnuJar,
      '--errors-only',
      '--format',
      'json',
      path.join(build.outDir, PAGE),
    ]);
    const messages = (JSON.parse(stderr) as { messages: { type: string; message: string; lastLine?: number }[] })
      .messages;
    expect(messages.filter((m) => m.type !== 'info').map((m) => `${m.lastLine}: ${m.message}`)).toEqual([]);
    expect(code, stderr).toBe(0);
  });

  it('has zero errors from html-validate, and no style attribute', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(path.join(build.outDir, PAGE));
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} [${m.ruleId}] ${m.message}`)),
    ).toEqual([]);
    const tags = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /\sstyle(\s*=|[\s>])/i.test(tag))).toEqual([]);
  });

  it('passes the content check', async () => {
    const { code, stdout } = await run(process.execPath, ['scripts/check-content.ts'], {
      ...process.env,
      CONTENT_DIR: build.contentDir,
    });
    expect(stdout).toContain('0 errors');
    expect(code, stdout).toBe(0);
  });

  describe('in Chromium', () => {
    let server: PreviewServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await startPreview({ outDir: build.outDir });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it.each(['light', 'dark'] as const)(
      'has no axe-core WCAG A/AA violation, with the data tables open (%s)',
      async (colorScheme) => {
        const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
        try {
          const page = await context.newPage();
          const csp: string[] = [];
          page.on('console', (m) => {
            if (/content security policy/i.test(m.text()) || m.type() === 'error') csp.push(m.text());
          });
          const response = await page.goto(`${server.origin}${URL_PATH}`, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);
          // The tables behind "Show the data" are checked open too.
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          ).toEqual([]);
          expect(results.passes.length).toBeGreaterThan(0);
          // The chart follows the colour scheme: its bars take the accent token, not the SVG's light default.
          const { fill, accent } = await page.evaluate(() => {
            const bar = document.querySelector('.chart-series-0 rect');
            const token = getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim();
            return { fill: bar ? getComputedStyle(bar).fill : '', accent: token };
          });
          const [r, g, b] = [1, 3, 5].map((i) => parseInt(accent.slice(i, i + 2), 16));
          expect(fill).toBe(`rgb(${r}, ${g}, ${b})`);
          // In the dark scheme that is not the light colour written into the SVG.
          if (colorScheme === 'dark') expect(fill).not.toBe('rgb(10, 92, 140)');
          expect(csp).toEqual([]);
        } finally {
          await context.close();
        }
      },
    );

    it('does not overflow at a 320 px wide viewport', async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      try {
        const page = await context.newPage();
        await page.goto(`${server.origin}${URL_PATH}`, { waitUntil: 'load' });
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await context.close();
      }
    });
  });
});

describe('the same insight in its feeds', () => {
  const feeds = ['rss.xml', 'atom.xml', 'feed.json'];

  it.each(feeds)(
    '%s shows each chart as an <img> of its SVG file with alt text and its data table, no inline SVG or style',
    (file) => {
      const format = file === 'feed.json' ? 'json' : file === 'rss.xml' ? 'rss' : 'atom';
      const feed = readFeed({ file: path.join(build.outDir, file), format });
      const content = feed.items[0]!.contentHtml;
      const doc = parse(content);
      expect(doc.querySelector('svg')).toBeNull();
      expect(content).not.toMatch(/\sstyle=|<style|<script|data-astro|<details/i);
      const charts = doc.querySelectorAll('figure.chart');
      expect(charts).toHaveLength(2);
      const img = charts[0]!.querySelector('img')!;
      expect(img.getAttribute('alt')).toBe(`${CHART_TITLE}. ${CHART_DESCRIPTION}`);
      expect(img.getAttribute('src')).toMatch(/^https?:\/\/[^/]+\/charts\/[0-9a-f]{16}\.svg$/);
      expect(existsSync(fileOfUrl(build.outDir, img.getAttribute('src')!))).toBe(true);
      expect(charts[0]!.querySelectorAll('table tbody tr').map((tr) => tr.textContent)).toEqual([
        'Q1 2025$10.2B',
        'Q2 2025$11.5B',
        'Q3 2025$12.1B',
      ]);
      // The other components keep their meaning in plain HTML.
      expect(doc.querySelector('figure.figure img')?.getAttribute('alt')).toBe(
        'A blue rectangle standing in for a photo',
      );
      expect(doc.querySelector('figure.pull-quote blockquote')).not.toBeNull();
      expect(doc.querySelectorAll('[role="note"] strong').map((s) => s.textContent)).toEqual(['Note', 'Key takeaway']);
      expect(doc.querySelectorAll('dl dt')).toHaveLength(3);
    },
  );

  it('the chart files are well-formed standalone SVG with their title and description, one per chart', async () => {
    const dir = path.join(build.outDir, 'charts');
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    for (const name of files) {
      const file = path.join(dir, name);
      expect(await xmllint(file), name).toEqual({ ok: true, output: '' });
      const svg = readFileSync(file, 'utf8');
      expect(svg).toMatch(
        /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/,
      );
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
      expect(svg).not.toMatch(/<script|\sstyle=|\son[a-z]+=|href=/i);
    }
    const titles = files.map((name) => /<title[^>]*>([^<]*)</.exec(readFileSync(path.join(dir, name), 'utf8'))?.[1]);
    expect(titles.sort()).toEqual([CHART_TITLE, LINE_TITLE].sort());
  });
});
