/**
 * The built site in a real browser: `astro preview` serves dist/ and Chromium (playwright-core) visits every
 * page. Each check gets its own page (and browser context) so that one check cannot hide another's problem:
 *  - axe-core finds no WCAG 2.0/2.1/2.2 A and AA violation, with the light and with the dark colour scheme;
 *  - loading the page (and scrolling to its end) raises no Content Security Policy violation, console error,
 *    uncaught exception, failed request or HTTP error;
 *  - at a 320 px wide viewport nothing overflows horizontally.
 * Keyboard checks on an article: the skip link comes first, shows when focused and moves focus into #main,
 * and every one of the first 40 focus stops has a visible focus indicator.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { startPreview, type PreviewServer } from '../helpers/preview';
import { listBuiltPages, snapshotBuiltSite } from '../helpers/site';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const colorSchemes = ['light', 'dark'] as const;
const articlePath = '/insights/microsoft-and-sony-teaming-up-is-smart/';
const focusStops = 40;

// The preview serves a copy of dist/ taken now, so that a build someone starts meanwhile cannot pull pages from
// under the browser. Listed when the file is collected, so that each page is its own test; a missing build throws
// here and fails the file.
const site = snapshotBuiltSite();
const pages = listBuiltPages(site.dir);

let server: PreviewServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startPreview({ outDir: site.dir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  site.remove();
});

const url = (urlPath: string) => `${server!.origin}${urlPath}`;

interface Problems {
  csp: string[];
  console: string[];
  requests: string[];
}

/** Records CSP violations (as the page's own securitypolicyviolation events), console errors and failed requests. */
async function watch(page: Page): Promise<{ problems: Problems; collect: () => Promise<Problems> }> {
  const problems: Problems = { csp: [], console: [], requests: [] };
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    // Capturing on window sees the events fired at elements and at the document.
    window.addEventListener(
      'securitypolicyviolation',
      (event) => {
        seen.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile || event.documentURI}:${event.lineNumber}${event.sample ? ` sample: ${event.sample}` : ''}`,
        );
      },
      true,
    );
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/content security policy/i.test(text)) problems.csp.push(`console ${message.type()}: ${text}`);
    else if (message.type() === 'error') problems.console.push(`console error: ${text} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.console.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.requests.push(`${request.method()} ${request.url()} failed: ${request.failure()?.errorText ?? 'unknown'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.requests.push(`${response.request().method()} ${response.url()} -> HTTP ${response.status()}`);
  });
  const collect = async () => {
    const fromPage = await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    return { ...problems, csp: [...fromPage.map((v) => `event: ${v}`), ...problems.csp] };
  };
  return { problems, collect };
}

async function withPage<T>(options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser!.newContext({ ...options, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    return await run(page);
  } finally {
    await context.close();
  }
}

async function open(page: Page, urlPath: string) {
  const response = await page.goto(url(urlPath), { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${urlPath} answered HTTP ${response?.status() ?? '(no response)'}`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

// The per-page checks are independent (a context each), so they run a few at a time (Vitest's maxConcurrency):
// most of their time is spent waiting on the browser. Concurrent tests must use the `expect` of their own context.
describe.concurrent.each(pages)('$urlPath', ({ urlPath }) => {
  it.for(colorSchemes)('has no axe-core WCAG A/AA violations (%s colour scheme)', async (colorScheme, { expect }) => {
    await withPage({ colorScheme, viewport: { width: 1280, height: 900 } }, async (page) => {
      await open(page, urlPath);
      const applied = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(applied, 'emulated colour scheme').toBe(colorScheme === 'dark');
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      const violations = results.violations.map(
        (v) =>
          `[${v.impact ?? '?'}] ${v.id}: ${v.help}\n${v.nodes
            .map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replaceAll('\n', '\n      ')}`)
            .join('\n')}`,
      );
      expect(violations).toEqual([]);
      // axe files text whose colour equals its background (1:1, e.g. a button label painted in the button's own
      // colour) under "incomplete", as possibly intentionally hidden. A contrast that axe did measure and that is
      // below the WCAG threshold is a failure all the same.
      const measuredContrastFailures = results.incomplete
        .filter((rule) => rule.id === 'color-contrast')
        .flatMap((rule) =>
          rule.nodes.flatMap((node) =>
            node.any.flatMap((check) => {
              const data = check.data as {
                contrastRatio?: number;
                expectedContrastRatio?: string;
                fgColor?: string;
                bgColor?: string;
              } | null;
              const expected = parseFloat(data?.expectedContrastRatio ?? '');
              return typeof data?.contrastRatio === 'number' && data.contrastRatio > 0 && data.contrastRatio < expected
                ? [
                    `${node.target.join(' ')}: ${data.fgColor} on ${data.bgColor} is ${data.contrastRatio}:1, needs ${data.expectedContrastRatio}`,
                  ]
                : [];
            }),
          ),
        );
      expect(measuredContrastFailures).toEqual([]);
      // axe ran real checks, not zero rules.
      expect(results.passes.length).toBeGreaterThan(0);
    });
  });

  it('loads without CSP violations, console errors or failed requests', async ({ expect }) => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      const { collect } = await watch(page);
      await open(page, urlPath);
      // Without a policy there is nothing to violate: the page must declare one (Astro writes it as a meta element).
      expect(await page.locator('meta[http-equiv="content-security-policy" i]').count(), 'CSP meta elements').toBe(1);
      // Bring everything below the fold into view so that lazy resources load too, then let the network settle.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      // securitypolicyviolation events are queued as tasks: let them run.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      const problems = await collect();
      expect(problems).toEqual({ csp: [], console: [], requests: [] });
    });
  });

  it('does not overflow horizontally at a 320 px wide viewport', async ({ expect }) => {
    await withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
      await open(page, urlPath);
      const metrics = await page.evaluate(() => {
        const root = document.documentElement;
        const limit = root.clientWidth;
        const describe = (el: Element) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
        const past = (el: Element) => el.getBoundingClientRect().right > limit + 0.5;
        // The innermost elements past the edge: their ancestors are only pushed out by them.
        const culprits = [...document.body.querySelectorAll('*')]
          .filter((el) => past(el) && ![...el.children].some(past))
          .slice(0, 10)
          .map((el) => `${describe(el)} right=${Math.round(el.getBoundingClientRect().right)}`);
        return { scrollWidth: root.scrollWidth, clientWidth: limit, culprits };
      });
      expect(
        metrics.scrollWidth,
        `elements past the right edge: ${metrics.culprits.join(', ') || '(none found)'}`,
      ).toBeLessThanOrEqual(metrics.clientWidth);
    });
  });
});

describe('the page checks themselves (self-check)', () => {
  it('see a CSP violation, a console error and a failed request on a page that has them', async () => {
    // The site's own policy, served on the preview origin with content that breaks it.
    const home = await readFile(path.join(site.dir, 'index.html'), 'utf8');
    const cspMeta = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(home)?.[0];
    expect(cspMeta, 'the built home page declares its CSP in a meta element').toBeDefined();
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${cspMeta}<title>Self-check</title></head>
<body><main><p style="color: red">Inline style attribute</p><img src="/no-such-image.png" alt="missing"></main></body></html>`;
    await withPage({}, async (page) => {
      const { collect } = await watch(page);
      await page.route(url('/__page-check__/'), (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: html }),
      );
      await page.goto(url('/__page-check__/'), { waitUntil: 'load' });
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      const problems = await collect();
      expect(problems.csp.some((v) => v.startsWith('event: style-src'))).toBe(true);
      expect(problems.console.length).toBeGreaterThan(0);
      expect(problems.requests.some((r) => r.includes('/no-such-image.png') && r.includes('HTTP 404'))).toBe(true);
    });
  });
});

describe(`keyboard on ${articlePath}`, () => {
  it('the first Tab focuses a visible skip link, and Enter moves focus into #main', async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await open(page, articlePath);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement;
        if (!(el instanceof HTMLElement) || el === document.body) return null;
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        const style = getComputedStyle(el);
        return {
          tag: el.tagName.toLowerCase(),
          href: el.getAttribute('href'),
          text: el.textContent?.trim() ?? '',
          box: {
            left: box.left,
            top: box.top,
            right: box.right,
            bottom: box.bottom,
            width: box.width,
            height: box.height,
          },
          viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
          onTop: hit !== null && (hit === el || el.contains(hit)),
          visibility: style.visibility,
          opacity: Number(style.opacity),
        };
      });
      expect(skip, 'something is focused after the first Tab').not.toBeNull();
      expect(skip!.tag).toBe('a');
      expect(skip!.href).toBe('#main');
      expect(skip!.text.length).toBeGreaterThan(0);
      const { box, viewport } = skip!;
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(0);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(viewport.width);
      expect(box.bottom).toBeLessThanOrEqual(viewport.height);
      expect(skip!.onTop, 'the focused skip link is not covered by another element').toBe(true);
      expect(skip!.visibility).toBe('visible');
      expect(skip!.opacity).toBeGreaterThan(0.9);

      await page.keyboard.press('Enter');
      await expect
        .poll(() =>
          page.evaluate(
            () => document.activeElement?.closest('#main') !== null && document.activeElement !== document.body,
          ),
        )
        .toBe(true);
      expect(await page.evaluate(() => location.hash)).toBe('#main');
    });
  });

  it.each(colorSchemes)(
    `each of the first ${focusStops} focus stops shows a focus indicator (%s colour scheme)`,
    async (colorScheme) => {
      await withPage({ colorScheme, viewport: { width: 1280, height: 900 } }, async (page) => {
        await open(page, articlePath);
        const tabbable = await page.evaluate(
          () =>
            [
              ...document.querySelectorAll<HTMLElement>(
                'a[href], button, input, select, textarea, summary, [tabindex]',
              ),
            ].filter(
              (el) =>
                el.tabIndex >= 0 &&
                !(el as HTMLButtonElement).disabled &&
                el.checkVisibility({ visibilityProperty: true }),
            ).length,
        );
        const stops: string[] = [];
        const missing: string[] = [];
        for (let i = 0; i < focusStops; i++) {
          await page.keyboard.press('Tab');
          const stop = await page.evaluate(() => {
            const el = document.activeElement;
            if (!(el instanceof HTMLElement) || el === document.body) return null;
            const style = getComputedStyle(el);
            const outline =
              style.outlineStyle !== 'none' &&
              parseFloat(style.outlineWidth) > 0 &&
              style.outlineColor !== 'rgba(0, 0, 0, 0)';
            const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
            const box = el.getBoundingClientRect();
            const inView =
              box.bottom > 0 &&
              box.top < window.innerHeight &&
              box.right > 0 &&
              box.left < document.documentElement.clientWidth;
            const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().replaceAll(/\s+/g, '.')}` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`;
            return {
              name,
              visible: outline || shadow,
              inView,
              detail: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
            };
          });
          if (stop === null) break; // Focus left the document: every stop was visited.
          if (stops.length > 0 && stop.name === stops[0]) break; // Wrapped around.
          stops.push(stop.name);
          if (!stop.visible) missing.push(`#${i + 1} ${stop.name}: ${stop.detail}`);
          if (!stop.inView) missing.push(`#${i + 1} ${stop.name}: focused but scrolled out of view`);
        }
        expect(missing).toEqual([]);
        expect(stops.length, `focus stops visited: ${stops.join(' | ')}`).toBe(Math.min(focusStops, tabbable));
      });
    },
  );
});
