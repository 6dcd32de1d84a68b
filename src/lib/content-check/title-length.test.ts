import { describe, expect, it } from 'vitest';
import { titleLength } from './title-length.ts';
import { mdx, run } from './testing.ts';

const check = (title: string) => run(titleLength, { 'a.mdx': mdx('Body.', { title: `'${title}'` }) });

describe('title-length', () => {
  it('passes a title of 70 characters', () => {
    expect(check('t'.repeat(70))).toEqual([]);
  });

  it('warns about a longer title, at its line', () => {
    expect(check('t'.repeat(71))).toEqual([
      {
        file: 'src/content/insights/a.mdx',
        line: 2,
        column: 8,
        severity: 'warning',
        rule: 'title-length',
        message: 'the title has 71 characters; search results cut it after about 70',
      },
    ]);
  });
});
