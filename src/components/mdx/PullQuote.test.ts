import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRenderer, compile, htmlErrors, render, renderForFeed } from './testing';

beforeAll(() => compile('PullQuote'), 120_000);
afterAll(closeRenderer);

const slots = { default: '<p>We expect growth to continue.</p>' };

describe('PullQuote', () => {
  it('is a blockquote in a figure, attributed in the figcaption, with a linked source', async () => {
    const html = await render('PullQuote', {
      props: { by: 'Satya Nadella', source: 'Q4 earnings call', href: 'https://example.com/call' },
      slots,
    });
    const figure = parse(html).querySelector('figure');
    expect(figure?.querySelector('blockquote')?.getAttribute('cite')).toBe('https://example.com/call');
    expect(figure?.querySelector('blockquote')?.innerHTML).toBe(slots.default);
    expect(figure?.querySelector('figcaption')?.textContent.replace(/\s+/g, ' ').trim()).toBe(
      '— Satya Nadella, Q4 earnings call',
    );
    expect(figure?.querySelector('figcaption a cite')?.textContent).toBe('Q4 earnings call');
    expect(await htmlErrors(html)).toEqual([]);
  });

  it('attributes to a person only, or to a source only, and has no figcaption without either', async () => {
    const person = parse(await render('PullQuote', { props: { by: 'Jane Doe' }, slots }));
    expect(person.querySelector('figcaption')?.textContent.trim()).toBe('— Jane Doe');
    expect(person.querySelector('blockquote')?.hasAttribute('cite')).toBe(false);
    const source = parse(await render('PullQuote', { props: { source: 'The Annual Report' }, slots }));
    expect(source.querySelector('figcaption')?.textContent.replace(/\s+/g, ' ').trim()).toBe('— The Annual Report');
    const bare = await render('PullQuote', { slots });
    expect(parse(bare).querySelector('figcaption')).toBeNull();
    expect(await htmlErrors(bare)).toEqual([]);
  });

  it('stays a quotation in a feed, without styles and with absolute links', async () => {
    const html = await renderForFeed('PullQuote', { props: { by: 'Jane Doe', source: 'Blog', href: '/blog/' }, slots });
    expect(html).toContain(
      '<blockquote cite="https://research.example.com/blog/"><p>We expect growth to continue.</p></blockquote>',
    );
    expect(html).not.toMatch(/\sstyle=|data-astro|class="[^"]*astro/);
  });
});
