import { describe, expect, it } from 'vitest';
import { rawFrontmatterDates } from './frontmatter-dates';

const fields = ['pubDate', 'updatedDate'];

describe('rawFrontmatterDates', () => {
  it('returns the dates as written, before YAML turns them into Date objects', () => {
    const src =
      "---\ntitle: A\npubDate: 2026-02-30\nupdatedDate: '2026-03-01' # fixed typo\n---\nBody pubDate: 1999-01-01\n";
    expect(rawFrontmatterDates(src, fields)).toEqual({ pubDate: '2026-02-30', updatedDate: '2026-03-01' });
  });
  it('ignores fields it was not asked for, nested keys and the body', () => {
    const src = '---\ntitle: A\nhero:\n  pubDate: 2020-01-01\n---\npubDate: 2021-01-01\n';
    expect(rawFrontmatterDates(src, fields)).toEqual({});
  });
  it('handles double quotes and Windows line endings', () => {
    expect(rawFrontmatterDates('---\r\npubDate: "2019-05-17"\r\n---\r\n', fields)).toEqual({ pubDate: '2019-05-17' });
  });
  it('returns nothing without frontmatter', () => {
    expect(rawFrontmatterDates('pubDate: 2019-05-17', fields)).toEqual({});
  });
});
