import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('countWords', () => {
  it('counts prose words, with link text but not link targets', () => {
    expect(countWords('Read [the earlier piece](https://example.com/a-very-long-address) now.')).toBe(5);
  });
  it('skips imports, tags, code blocks and images', () => {
    const mdx =
      "import Chart from '../x.astro';\n\n## Two words\n\n<Chart data={[1, 2]} />\n\n```js\nconst a = 1;\n```\n\n![alt text](./a.png)\n";
    expect(countWords(mdx)).toBe(2);
  });
  it('keeps figures, contractions and hyphenated words whole', () => {
    expect(countWords('It’s a $10 billion, cloud-based deal.')).toBe(6);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('word '.repeat(10), 230)).toBe(1);
    expect(readingMinutes('word '.repeat(460), 230)).toBe(2);
    expect(readingMinutes('word '.repeat(1000), 230)).toBe(4);
  });
});
