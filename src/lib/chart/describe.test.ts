import { describe, expect, it } from 'vitest';
import { describeData, textAlternative } from './describe.ts';
import { normalizeChart } from './spec.ts';

const bar = normalizeChart({
  type: 'bar',
  title: 'Revenue by quarter',
  labels: ['Q1', 'Q2', 'Q3'],
  series: [{ name: 'Revenue', values: [10, 12.5, 11] }],
  prefix: '$',
  suffix: 'B',
});

describe('describeData', () => {
  it('says what a one-series bar chart shows, with its highest and lowest values', () => {
    expect(describeData(bar)).toBe(
      'Bar chart of Revenue, 3 categories from Q1 to Q3. Highest $12.5B (Q2), lowest $10B (Q1).',
    );
  });

  it('compares the series of a line chart and says where each starts and ends', () => {
    const line = normalizeChart({
      type: 'line',
      title: 'Share',
      labels: ['2023', '2024'],
      series: [
        { name: 'A', values: [20, 31] },
        { name: 'B', values: [30, 22] },
      ],
      suffix: '%',
    });
    expect(describeData(line)).toBe(
      'Line chart comparing A and B, 2 categories from 2023 to 2024. ' +
        'A is highest at 31% (2024) and lowest at 20% (2023). It goes from 20% to 31%. ' +
        'B is highest at 30% (2023) and lowest at 22% (2024). It goes from 30% to 22%.',
    );
  });

  it('gives the single value of a one-category chart', () => {
    const one = normalizeChart({ type: 'bar', title: 'T', labels: ['2025'], series: [{ name: 'Units', values: [7] }] });
    expect(describeData(one)).toBe('Bar chart of Units, 1 category for 2025. Units: 7.');
  });
});

describe('textAlternative', () => {
  it('is the title then the editor’s description, or the one written from the data', () => {
    expect(textAlternative({ ...bar, description: 'Revenue peaked in Q2.' })).toBe(
      'Revenue by quarter. Revenue peaked in Q2.',
    );
    expect(textAlternative({ ...bar, title: 'Did revenue grow?' })).toMatch(/^Did revenue grow\? Bar chart of Revenue/);
  });
});
