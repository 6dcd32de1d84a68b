import { describe, expect, it } from 'vitest';
import { entryId } from './entry-id.ts';

describe('entryId', () => {
  it('is the file name without its extension, slugged as Astro does', () => {
    expect(entryId('microsoft-and-sony.mdx')).toBe('microsoft-and-sony');
    expect(entryId('Cloud Wars 2026.mdx')).toBe('cloud-wars-2026');
  });

  it('keeps folders and drops a trailing index', () => {
    expect(entryId('2026/Big News.mdx')).toBe('2026/big-news');
    expect(entryId('series/index.mdx')).toBe('series');
  });

  it('is the frontmatter slug when there is one', () => {
    expect(entryId('whatever.mdx', { slug: 'chosen' })).toBe('chosen');
  });
});
