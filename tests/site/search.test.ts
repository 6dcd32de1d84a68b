/**
 * Search in a real browser against `astro preview`: the Pagefind index finds the seed article from a word
 * in its body, the topic filter narrows the results, and the page stays within its CSP and accessible.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { startPreview, type PreviewServer } from '../helpers/preview';
import { snapshotBuiltSite } from '../helpers/site';

const SEED = '/insights/microsoft-and-sony-teaming-up-is-smart/';
const site = snapshotBuiltSite();
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  server = await startPreview({ outDir: site.dir });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  site.remove();
});

async function openSearch(
  query = '',
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({ colorScheme });
  const problems: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.origin}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  return { page, context, problems };
}

const resultLinks = (page: Page) =>
  page
    .locator('[data-results] h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search', () => {
  it('finds the seed article from a word of its body, shown with title, date and excerpt', async () => {
    const { page, context, problems } = await openSearch();
    await page.fill('#search-query', 'JEDI');
    await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toEqual([SEED]);
    const result = page.locator('[data-results] li').first();
    expect(await result.locator('h2').textContent()).toBe(
      'Microsoft and Sony Teaming Up, Partnering on Cloud, Imaging',
    );
    expect(await result.locator('time').getAttribute('datetime')).toBe('2019-05-17');
    expect(await result.locator('p mark').first().textContent()).toBe('JEDI');
    expect(await page.locator('[data-status]').textContent()).toBe('1 insight found.');
    expect(new URL(page.url()).searchParams.get('q')).toBe('JEDI');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads the query from the address, so a search can be shared or submitted without the script', async () => {
    const { page, context } = await openSearch('Stadia');
    await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toContain(SEED);
    expect(await page.inputValue('#search-query')).toBe('Stadia');
    await context.close();
  });

  it('narrows results with the topic, author and year filters', async () => {
    const { page, context, problems } = await openSearch('Futurum');
    await expect.poll(async () => (await resultLinks(page)).length, { timeout: 15_000 }).toBeGreaterThan(1);
    const all = await resultLinks(page);
    await page.check('input[name="topic"][value="Gaming"]');
    await expect.poll(() => resultLinks(page)).toEqual([SEED]);
    await page.uncheck('input[name="topic"][value="Gaming"]');
    await expect.poll(() => resultLinks(page)).toEqual(all);
    await page.check('input[name="author"][value="Olivier Blanchard"]');
    await expect.poll(async () => (await resultLinks(page)).length).toBeLessThan(all.length);
    const byOlivier = await resultLinks(page);
    expect(byOlivier.length).toBeGreaterThan(0);
    expect(byOlivier).not.toContain(SEED);
    await page.uncheck('input[name="author"][value="Olivier Blanchard"]');
    await page.check('input[name="year"][value="2019"]');
    await expect.poll(() => resultLinks(page)).toEqual([SEED]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so when nothing matches', async () => {
    const { page, context } = await openSearch('zzzyxwnothing');
    await expect
      .poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
      .toMatch(/No insight matches/);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violation with results and filters shown (${scheme})`, async () => {
      const { page, context, problems } = await openSearch('cloud', scheme);
      await expect.poll(async () => (await resultLinks(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('without JavaScript offers the archive and the topics instead of results', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/?q=JEDI`);
    expect(await page.locator('[data-no-js]').isVisible()).toBe(true);
    expect(await page.locator('[data-no-js] a[href="/insights/"]').count()).toBe(1);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    await context.close();
  });
});
