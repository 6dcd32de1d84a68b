import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRenderer, compile, htmlErrors, render, renderError, renderForFeed } from './testing';

beforeAll(() => compile('KeyFigures'), 120_000);
afterAll(closeRenderer);

const figures = [
  { value: '$12.1B', label: 'Cloud revenue', detail: 'up 14% year on year' },
  { value: '38%', label: 'Operating margin' },
  { value: 4, label: 'New regions' },
];

describe('KeyFigures', () => {
  it('is a description list: each label with its number and detail, under its title and over its source', async () => {
    const html = await render('KeyFigures', { props: { figures, title: 'The quarter', source: 'Company filings' } });
    const root = parse(html);
    expect(root.querySelector('figure > figcaption')?.textContent).toBe('The quarter');
    const groups = root.querySelectorAll('dl > div').map((div) => ({
      dt: div.querySelector('dt')?.textContent,
      dd: div.querySelectorAll('dd').map((dd) => dd.textContent),
    }));
    expect(groups).toEqual([
      { dt: 'Cloud revenue', dd: ['$12.1B', 'up 14% year on year'] },
      { dt: 'Operating margin', dd: ['38%'] },
      { dt: 'New regions', dd: ['4'] },
    ]);
    expect(root.querySelector('figure > p')?.textContent).toBe('Source: Company filings');
    expect(await htmlErrors(html)).toEqual([]);
  });

  it('needs at least one figure, each with a value and a label', async () => {
    expect(await renderError('KeyFigures', { props: { figures: [] } })).toBe(
      'KeyFigures: figures must list at least one { value, label }',
    );
    expect(await renderError('KeyFigures', { props: { figures: [{ value: '3', label: ' ' }] } })).toBe(
      'KeyFigures: figure 1 needs a value and a label',
    );
  });

  it('keeps each number with its label in a feed, without styles', async () => {
    const html = await renderForFeed('KeyFigures', { props: { figures: figures.slice(1, 2) } });
    expect(html).toBe(
      '<figure class="key-figures"><dl><div class="key-figure"><dt>Operating margin</dt><dd class="value">38%</dd></div></dl></figure>',
    );
  });
});
