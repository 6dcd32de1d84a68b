import type { ChartSpec } from './spec.ts';

const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A number as the chart writes it, with the chart's prefix and suffix: `$12.5B`, `-3%`, `1,250`. */
export function formatValue(value: number, { prefix, suffix }: Pick<ChartSpec, 'prefix' | 'suffix'>): string {
  const sign = value < 0 ? '-' : '';
  return `${sign}${prefix}${numbers.format(Math.abs(value))}${suffix}`;
}

/** A list in prose: "A", "A and B", "A, B and C". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
