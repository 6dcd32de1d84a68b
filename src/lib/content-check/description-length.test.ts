import { describe, expect, it } from 'vitest';
import { descriptionLength } from './description-length.ts';
import { mdx, run } from './testing.ts';

const check = (description: string) =>
  run(descriptionLength, { 'a.mdx': mdx('Body.', { description: `'${description}'` }) });

describe('description-length', () => {
  it('passes 50 to 160 characters', () => {
    expect(check('x'.repeat(50))).toEqual([]);
    expect(check('é'.repeat(160))).toEqual([]);
  });

  it('warns about a short description, at its line', () => {
    expect(check('Too short.')).toEqual([
      {
        file: 'src/content/insights/a.mdx',
        line: 3,
        column: 14,
        severity: 'warning',
        rule: 'description-length',
        message: 'the description has 10 characters; 50 to 160 say enough for search results and cards',
      },
    ]);
  });

  it('warns about a long description', () => {
    expect(check('x'.repeat(161)).map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'the description has 161 characters; search results cut it after about 160'],
    ]);
  });
});
