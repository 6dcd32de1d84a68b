import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRenderer, compile, htmlErrors, render, renderError, renderForFeed } from './testing';

beforeAll(() => compile('Chart'), 120_000);
afterAll(closeRenderer);

const bar = {
  type: 'bar',
  title: 'Revenue by quarter',
  labels: ['Q1 2025', 'Q2 2025', 'Q3 2025'],
  series: [{ name: 'Revenue', values: [10.2, 11.5, 12.1] }],
  prefix: '$',
  suffix: 'B',
  labelHeading: 'Quarter',
  source: 'Company filings',
};
const line = {
  type: 'line',
  title: 'Share of shipments',
  description: 'Vendor A overtook Vendor B in 2023.',
  labels: ['2021', '2022', '2023', '2024'],
  series: [
    { name: 'Vendor A', values: [20, 22, 25, 31] },
    { name: 'Vendor B', values: [30, 28, 26, 22] },
  ],
  suffix: '%',
};

describe('Chart', () => {
  it('is a figure with its title as caption and an inline SVG image named and described by it', async () => {
    const html = await render('Chart', { props: bar });
    const figure = parse(html).querySelector('figure');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Revenue by quarter');
    const svg = figure?.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    const titleId = svg?.getAttribute('aria-labelledby') ?? '';
    const descId = svg?.getAttribute('aria-describedby') ?? '';
    expect(figure?.querySelector(`title#${titleId}`)?.textContent).toBe('Revenue by quarter');
    expect(figure?.querySelector(`desc#${descId}`)?.textContent).toBe(
      'Revenue by quarter. Bar chart of Revenue, 3 categories from Q1 2025 to Q3 2025. Highest $12.1B (Q3 2025), lowest $10.2B (Q1 2025).',
    );
    expect(figure?.querySelectorAll('svg .chart-series rect')).toHaveLength(3);
    expect(figure?.querySelector('.chart-source')?.textContent).toBe('Source: Company filings');
    expect(html).not.toMatch(/<script|\sstyle=/);
    expect(await htmlErrors(html)).toEqual([]);
  });

  it('has the data in a table behind a disclosure, in a focusable, labelled scrolling section', async () => {
    const root = parse(await render('Chart', { props: line }));
    expect(root.querySelector('details > summary')?.textContent).toBe('Show the data');
    const region = root.querySelector('details > section');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('Data: Share of shipments');
    const table = region?.querySelector('table');
    expect(table?.querySelector('caption')?.textContent).toBe('Data: Share of shipments');
    expect(table?.querySelectorAll('thead th').map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Category'],
      ['col', 'Vendor A'],
      ['col', 'Vendor B'],
    ]);
    expect(
      table?.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => c.textContent)),
    ).toEqual([
      ['2021', '20%', '30%'],
      ['2022', '22%', '28%'],
      ['2023', '25%', '26%'],
      ['2024', '31%', '22%'],
    ]);
    expect(root.querySelector('desc')?.textContent).toBe('Share of shipments. Vendor A overtook Vendor B in 2023.');
  });

  it('stops the build with the chart’s name when its data is wrong', async () => {
    expect(await renderError('Chart', { props: { ...bar, series: [{ name: 'Revenue', values: [1, 2] }] } })).toBe(
      'Chart "Revenue by quarter": series "Revenue" has 2 values for 3 labels',
    );
  });

  it('is an image of its SVG file with the text alternative, and the table, in a feed', async () => {
    const html = await renderForFeed('Chart', { props: line });
    const root = parse(html);
    expect(root.querySelector('svg')).toBeNull();
    expect(root.querySelector('details')).toBeNull();
    const img = root.querySelector('figure > img');
    expect(img?.getAttribute('src')).toMatch(/^https:\/\/research\.example\.com\/charts\/[0-9a-f]{16}\.svg$/);
    expect(img?.getAttribute('alt')).toBe('Share of shipments. Vendor A overtook Vendor B in 2023.');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['640', '360']);
    expect(root.querySelector('figure > table > caption')?.textContent).toBe('Data: Share of shipments');
    expect(html).not.toMatch(/\sstyle=|data-astro|tabindex/);
    expect(await htmlErrors(html)).toEqual([]);
  });
});
