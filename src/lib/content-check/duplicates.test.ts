import { describe, expect, it } from 'vitest';
import { duplicates } from './duplicates.ts';
import { mdx, run } from './testing.ts';

describe('duplicates', () => {
  it('passes distinct slugs and titles', () => {
    expect(run(duplicates, { 'a.mdx': mdx('A', { title: "'One'" }), 'b.mdx': mdx('B', { title: "'Two'" }) })).toEqual(
      [],
    );
  });

  it('reports two files with the same slug, each naming the other', () => {
    const found = run(duplicates, {
      'Same Name.mdx': mdx('A', { title: "'One'" }),
      'same-name.mdx': mdx('B', { title: "'Two'" }),
    });
    expect(found.map((d) => [d.file, d.line, d.message])).toEqual([
      [
        'src/content/insights/Same Name.mdx',
        1,
        'the slug "same-name" (/insights/same-name/) is also the slug of src/content/insights/same-name.mdx: rename one file',
      ],
      [
        'src/content/insights/same-name.mdx',
        1,
        'the slug "same-name" (/insights/same-name/) is also the slug of src/content/insights/Same Name.mdx: rename one file',
      ],
    ]);
  });

  it('reports the same title written twice, ignoring case and spacing, at the title line', () => {
    const found = run(duplicates, {
      'a.mdx': mdx('A', { title: "'Cloud  Wars'" }),
      'b.mdx': mdx('B', { title: "'cloud wars'" }),
    });
    expect(found.map((d) => [d.file, d.line, d.column])).toEqual([
      ['src/content/insights/a.mdx', 2, 8],
      ['src/content/insights/b.mdx', 2, 8],
    ]);
    expect(found[0]?.message).toBe('the title "Cloud  Wars" is also the title of src/content/insights/b.mdx');
  });
});
