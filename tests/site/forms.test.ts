import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealContent } from '../fixtures/build-fixture';
import { launchChromium } from '../helpers/browser';
import { startPreview, type PreviewServer } from '../helpers/preview';
import { startReceiver } from '../helpers/receiver';

const THANKS = 'Thank you, we received your request, a member of our team will be in contact with you.';
const ARTICLE = '/insights/microsoft-and-sony-teaming-up-is-smart/';
const reader = { first: 'Ada', last: 'Lovelace', email: 'ada@analytical.example', company: 'Engines & Co' };

/** Records CSP violations in the page, from before any of its scripts run. */
async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

async function axe(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    result.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

async function fillNewsletter(page: Page, values = reader): Promise<void> {
  await page.fill('#newsletter-firstName', values.first);
  await page.fill('#newsletter-lastName', values.last);
  await page.fill('#newsletter-email', values.email);
  await page.fill('#newsletter-company', values.company);
}

describe('forms connected to an endpoint', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let preview: PreviewServer;
  let browser: Browser;
  let previewOrigin = '';

  beforeAll(async () => {
    receiver = await startReceiver(
      (path) => `${previewOrigin}${path === '/demo' ? '/book-a-demo/thanks/' : '/newsletter/thanks/'}`,
    );
    const build = await buildRealContent({
      NEWSLETTER_ENDPOINT: `${receiver.origin}/newsletter`,
      DEMO_ENDPOINT: `${receiver.origin}/demo`,
      FORM_TIMEOUT_MS: '2000',
    });
    expect(build.code, build.output).toBe(0);
    expect(build.output).not.toContain('Forms are not connected');
    preview = await startPreview({ outDir: build.outDir });
    previewOrigin = preview.origin;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    await receiver?.close();
  });

  async function open(path: string, javaScriptEnabled = true): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({ javaScriptEnabled });
    await watchCsp(context);
    const page = await context.newPage();
    await page.goto(`${previewOrigin}${path}`);
    return { page, context };
  }

  it('allows exactly the endpoint origin in the CSP', async () => {
    const { page, context } = await open(ARTICLE);
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(csp).toContain(`form-action 'self' ${receiver.origin};`);
    expect(csp).toContain(`connect-src 'self' ${receiver.origin};`);
    await context.close();
  });

  it('with JavaScript: sends exactly the fields and shows the thank-you in place', async () => {
    receiver.setMode('ok');
    receiver.submissions.length = 0;
    const { page, context } = await open(ARTICLE);
    await axe(page, 'empty');
    await fillNewsletter(page);
    await page.click('section.newsletter button[type="submit"]');
    await expect.poll(() => page.locator('section.newsletter [data-thanks]').isVisible()).toBe(true);
    expect(await page.locator('section.newsletter [data-thanks]').textContent()).toBe(THANKS);
    expect(page.url()).toBe(`${previewOrigin}${ARTICLE}`);
    expect(receiver.submissions).toEqual([
      {
        path: '/newsletter',
        method: 'POST',
        accept: 'application/json',
        fields: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@analytical.example', company: 'Engines & Co' },
      },
    ]);
    await axe(page, 'success');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('without JavaScript: posts the form and lands on the thank-you page', async () => {
    receiver.setMode('ok');
    receiver.submissions.length = 0;
    const { page, context } = await open('/book-a-demo/', false);
    await page.fill('#demo-firstName', 'Grace');
    await page.fill('#demo-lastName', 'Hopper');
    await page.fill('#demo-email', 'grace@navy.example');
    await page.fill('#demo-company', 'US Navy');
    await page.fill('#demo-jobTitle', 'Rear Admiral');
    await page.fill('#demo-interest', 'Compilers, and the archive');
    await Promise.all([
      page.waitForURL(`${previewOrigin}/book-a-demo/thanks/`),
      page.click('main button[type="submit"]'),
    ]);
    expect(await page.locator('main').textContent()).toContain(THANKS);
    expect(receiver.submissions).toHaveLength(1);
    expect(receiver.submissions[0]?.path).toBe('/demo');
    expect(receiver.submissions[0]?.method).toBe('POST');
    expect(receiver.submissions[0]?.fields).toEqual({
      first_name: 'Grace',
      last_name: 'Hopper',
      email: 'grace@navy.example',
      company: 'US Navy',
      job_title: 'Rear Admiral',
      interest: 'Compilers, and the archive',
      _gotcha: '',
    });
    await context.close();
  });

  it('refuses invalid input with the right message on the right field, sending nothing', async () => {
    receiver.submissions.length = 0;
    const { page, context } = await open(ARTICLE);
    await fillNewsletter(page, { ...reader, last: '', email: 'not-an-email' });
    await page.click('section.newsletter button[type="submit"]');
    await expect
      .poll(() => page.locator('#newsletter-email-error').textContent())
      .toBe('Enter an email address like name@company.com.');
    expect(await page.locator('#newsletter-lastName-error').textContent()).toBe('Enter your last name.');
    expect(await page.locator('#newsletter-lastName').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#newsletter-lastName').getAttribute('aria-describedby')).toBe(
      'newsletter-lastName-error',
    );
    expect(await page.locator('#newsletter-firstName').getAttribute('aria-invalid')).toBe('false');
    expect(await page.locator('#newsletter-firstName-error').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('newsletter-lastName');
    await axe(page, 'invalid');
    expect(receiver.submissions).toEqual([]);
    await context.close();
  });

  it('keeps every value and explains when the endpoint answers 500', async () => {
    receiver.setMode('error');
    const { page, context } = await open(ARTICLE);
    await fillNewsletter(page);
    await page.click('section.newsletter button[type="submit"]');
    const problem = page.locator('section.newsletter [data-problem]');
    await expect.poll(() => problem.isVisible()).toBe(true);
    expect(await problem.textContent()).toContain('(500)');
    expect(await problem.textContent()).toContain('try again');
    expect(await page.inputValue('#newsletter-firstName')).toBe(reader.first);
    expect(await page.inputValue('#newsletter-email')).toBe(reader.email);
    expect(await page.inputValue('#newsletter-company')).toBe(reader.company);
    expect(await page.locator('section.newsletter button[type="submit"]').isEnabled()).toBe(true);
    await axe(page, 'failure');
    await context.close();
  });

  it('keeps every value and explains when the endpoint never answers; the button is disabled while sending', async () => {
    receiver.setMode('hang');
    const { page, context } = await open(ARTICLE);
    await fillNewsletter(page);
    await page.click('section.newsletter button[type="submit"]');
    expect(await page.locator('section.newsletter button[type="submit"]').isDisabled()).toBe(true);
    await axe(page, 'sending');
    const problem = page.locator('section.newsletter [data-problem]');
    await expect.poll(() => problem.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await problem.textContent()).toContain('did not answer within 2 seconds');
    expect(await page.inputValue('#newsletter-lastName')).toBe(reader.last);
    expect(await page.locator('section.newsletter button[type="submit"]').isEnabled()).toBe(true);
    receiver.release();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('sends nothing when the honeypot is filled', async () => {
    receiver.setMode('ok');
    receiver.submissions.length = 0;
    const { page, context } = await open(ARTICLE);
    await fillNewsletter(page);
    await page.evaluate(() => {
      const trap = document.querySelector<HTMLInputElement>('#newsletter-hp');
      if (trap) trap.value = 'I am a bot';
    });
    expect(await page.locator('#newsletter-hp').isVisible()).toBe(false);
    await page.click('section.newsletter button[type="submit"]');
    await page.waitForTimeout(500);
    expect(receiver.submissions).toEqual([]);
    await context.close();
  });
});

describe('forms without an endpoint (a fresh clone)', () => {
  let preview: PreviewServer;
  let browser: Browser;
  beforeAll(async () => {
    preview = await startPreview();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('say so when submitted with JavaScript, keeping what was typed', async () => {
    const page = await browser.newPage();
    await page.goto(`${preview.origin}${ARTICLE}`);
    await fillNewsletter(page);
    await page.click('section.newsletter button[type="submit"]');
    const problem = page.locator('section.newsletter [data-problem]');
    await expect.poll(() => problem.isVisible()).toBe(true);
    expect(await problem.textContent()).toContain('not set up on this site yet');
    expect(await page.inputValue('#newsletter-email')).toBe(reader.email);
    await page.close();
  });

  it('lead to a page that says so without JavaScript, sending nothing anywhere', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${preview.origin}/book-a-demo/`);
    expect(await page.locator('main form input[name]').count()).toBe(0);
    for (const id of ['firstName', 'lastName', 'email', 'company', 'jobTitle'])
      await page.fill(`#demo-${id}`, 'x@y.example');
    await page.fill('#demo-interest', 'x');
    await Promise.all([page.waitForURL(/\/forms\/not-configured\/\?$/), page.click('main button[type="submit"]')]);
    expect(await page.locator('main').textContent()).toContain('not set up on this site yet');
    await context.close();
  });
});
