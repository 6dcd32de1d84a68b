import { describe, expect, it } from 'vitest';
import { formatValue, joinWords } from './format.ts';

describe('formatValue', () => {
  it('writes the prefix and suffix around the number, the sign first', () => {
    expect(formatValue(12.1, { prefix: '$', suffix: 'B' })).toBe('$12.1B');
    expect(formatValue(-3, { prefix: '$', suffix: 'B' })).toBe('-$3B');
    expect(formatValue(38, { prefix: '', suffix: '%' })).toBe('38%');
  });

  it('groups thousands and keeps at most two decimals', () => {
    expect(formatValue(1250.456, { prefix: '', suffix: '' })).toBe('1,250.46');
  });
});

describe('joinWords', () => {
  it('joins with commas and "and"', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['A'])).toBe('A');
    expect(joinWords(['A', 'B'])).toBe('A and B');
    expect(joinWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
