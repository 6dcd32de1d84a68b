import { describe, expect, it } from 'vitest';
import { normalizeChart, type ChartInput } from './spec.ts';

const valid: ChartInput = {
  type: 'bar',
  title: ' Revenue ',
  labels: ['Q1', 'Q2'],
  series: [{ name: ' Cloud ', values: [1, 2.5] }],
};

const error = (input: Partial<ChartInput>) => {
  try {
    normalizeChart({ ...valid, ...input } as ChartInput);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
};

describe('normalizeChart', () => {
  it('trims the texts and fills in the defaults', () => {
    expect(normalizeChart(valid)).toEqual({
      type: 'bar',
      title: 'Revenue',
      labels: ['Q1', 'Q2'],
      series: [{ name: 'Cloud', values: [1, 2.5] }],
      description: undefined,
      prefix: '',
      suffix: '',
      labelHeading: 'Category',
      source: undefined,
    });
  });

  it('accepts numbers as labels (years written without quotes)', () => {
    expect(normalizeChart({ ...valid, labels: [2024, 2025] as unknown as string[] }).labels).toEqual(['2024', '2025']);
  });

  it.each([
    [{ title: ' ' }, 'Chart: a title is required (it is the chart’s caption and the start of its text alternative)'],
    [{ type: 'pie' as 'bar' }, 'Chart "Revenue": type must be "bar" or "line", not "pie"'],
    [{ labels: [] }, 'Chart "Revenue": labels must list at least one category'],
    [{ labels: ['Q1', ''] }, 'Chart "Revenue": label 2 is empty'],
    [{ labels: ['Q1', 'Q1'] }, 'Chart "Revenue": the label "Q1" is written twice'],
    [
      { type: 'line' as const, labels: ['Q1'], series: [{ name: 'a', values: [1] }] },
      'Chart "Revenue": a line chart needs at least two labels',
    ],
    [{ series: [] }, 'Chart "Revenue": series must list at least one series'],
    [{ series: [{ name: '', values: [1, 2] }] }, 'Chart "Revenue": series 1 needs a name'],
    [{ series: [{ name: 'a', values: [1] }] }, 'Chart "Revenue": series "a" has 1 values for 2 labels'],
    [{ series: [{ name: 'a', values: [1, Number.NaN] }] }, 'Chart "Revenue": series "a", value 2 is not a number'],
    [
      { series: [{ name: 'a', values: [1, '2' as unknown as number] }] },
      'Chart "Revenue": series "a", value 2 is not a number',
    ],
    [
      {
        series: [
          { name: 'a', values: [1, 2] },
          { name: 'a', values: [1, 2] },
        ],
      },
      'Chart "Revenue": the series name "a" is written twice',
    ],
    [
      { series: ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, values: [1, 2] })) },
      'Chart "Revenue": a chart shows at most 4 series, not 5',
    ],
  ])('refuses %j', (input, message) => {
    expect(error(input)).toBe(message);
  });
});
