import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRenderer, compile, htmlErrors, render, renderError, renderForFeed } from './testing';

beforeAll(() => compile('Callout'), 120_000);
afterAll(closeRenderer);

const slots = { default: '<p>The cloud market grew 20% in 2025.</p>' };

describe('Callout', () => {
  it('is a labelled note whose label starts it in bold', async () => {
    const html = await render('Callout', { slots });
    const note = parse(html).querySelector('[role="note"]');
    expect(note?.getAttribute('aria-label')).toBe('Note');
    expect(note?.querySelector('strong')?.textContent).toBe('Note');
    expect(note?.querySelector('.callout-body')?.innerHTML).toBe(slots.default);
    expect(await htmlErrors(html)).toEqual([]);
  });

  it('says "Key takeaway" for a takeaway, or the editor’s title', async () => {
    const takeaway = parse(await render('Callout', { props: { type: 'takeaway' }, slots }));
    expect(takeaway.querySelector('[role="note"]')?.getAttribute('aria-label')).toBe('Key takeaway');
    expect(takeaway.querySelector('.callout-takeaway strong')?.textContent).toBe('Key takeaway');
    const titled = parse(await render('Callout', { props: { title: 'Why it matters' }, slots }));
    expect(titled.querySelector('strong')?.textContent).toBe('Why it matters');
  });

  it('refuses an unknown type', async () => {
    expect(await renderError('Callout', { props: { type: 'warning' }, slots })).toBe(
      'Callout: type must be "note" or "takeaway", not "warning"',
    );
  });

  it('reads the same in a feed: the label in bold, then the text, without styles', async () => {
    const html = await renderForFeed('Callout', { props: { type: 'takeaway' }, slots });
    expect(html).toBe(
      '<div class="callout callout-takeaway" role="note" aria-label="Key takeaway"><p class="callout-label"><strong>Key takeaway</strong></p><div class="callout-body"><p>The cloud market grew 20% in 2025.</p></div></div>',
    );
  });
});
