import { describe, expect, it } from 'vitest';
import { pageNumbers, pagePath } from './page-numbers';

const show = (items: ReturnType<typeof pageNumbers>) => items.map((i) => ('gap' in i ? '…' : i.page)).join(' ');

describe('pageNumbers', () => {
  it('shows a single page', () => expect(show(pageNumbers(1, 1))).toBe('1'));
  it('shows every page when there are few', () => expect(show(pageNumbers(2, 4))).toBe('1 2 3 4'));
  it('fills a gap of one page instead of printing an ellipsis', () => expect(show(pageNumbers(1, 4))).toBe('1 2 3 4'));
  it('elides distant pages', () => {
    expect(show(pageNumbers(1, 20))).toBe('1 2 … 20');
    expect(show(pageNumbers(10, 20))).toBe('1 … 9 10 11 … 20');
    expect(show(pageNumbers(20, 20))).toBe('1 … 19 20');
  });
  it('returns nothing for an empty list', () => expect(pageNumbers(1, 0)).toEqual([]));
});

describe('pagePath', () => {
  it('keeps the first page at the list address', () => expect(pagePath('/insights/', 1)).toBe('/insights/'));
  it('numbers the others', () => expect(pagePath('/topics/cloud/', 3)).toBe('/topics/cloud/3/'));
});
