import { describe, expect, it } from 'vitest';
import { parseInsight } from './parse.ts';
import { insightFile } from './testing.ts';

const source = [
  '---',
  "title: 'A title'",
  'hero:',
  '  src: ./photo.jpg',
  '  alt:',
  'authors:',
  '  - jane-doe',
  '  - john-roe',
  '---',
  '',
  '## A section',
  '',
  '| a | b |',
  '| - | - |',
  '| [link](/insights/x/) | 2 |',
  '',
].join('\n');

describe('parseInsight', () => {
  it('reads the frontmatter, the id and the MDX tree with exact lines (GFM tables included)', () => {
    const { insight, diagnostics } = parseInsight(insightFile('Some File.mdx', source));
    expect(diagnostics).toEqual([]);
    expect(insight.id).toBe('some-file');
    expect(insight.data).toEqual({
      title: 'A title',
      hero: { src: './photo.jpg', alt: null },
      authors: ['jane-doe', 'john-roe'],
    });
    expect(insight.tree?.children.map((n) => [n.type, n.position?.start.line])).toEqual([
      ['yaml', 1],
      ['heading', 11],
      ['table', 13],
    ]);
  });

  it('places each frontmatter value: a value, an item, a key without a value, a missing key', () => {
    const { insight } = parseInsight(insightFile('a.mdx', source));
    expect(insight.fieldPlace(['title'])).toEqual({ line: 2, column: 8 });
    expect(insight.fieldPlace(['hero', 'src'])).toEqual({ line: 4, column: 8 });
    expect(insight.fieldPlace(['authors', 1])).toEqual({ line: 8, column: 5 });
    expect(insight.fieldPlace(['hero', 'alt'])).toEqual({ line: 5, column: 7 });
    expect(insight.fieldPlace(['hero', 'credit'])).toEqual({ line: 4, column: 3 });
    expect(insight.fieldPlace(['description'])).toEqual({ line: 1, column: 1 });
  });

  it('reports MDX that does not parse, where the parser stopped, and still reads the frontmatter', () => {
    const { insight, diagnostics } = parseInsight(
      insightFile('a.mdx', "---\ntitle: 'T'\n---\n\nText with {an open brace\n"),
    );
    expect(insight.tree).toBeUndefined();
    expect(insight.data).toEqual({ title: 'T' });
    expect(diagnostics).toMatchObject([
      { file: 'src/content/insights/a.mdx', line: 5, severity: 'error', rule: 'parse' },
    ]);
    expect(diagnostics[0]?.message).toMatch(/^the file is not valid MDX: /);
  });

  it('reports frontmatter that is not YAML, at its line', () => {
    const { insight, diagnostics } = parseInsight(insightFile('a.mdx', "---\ntitle: 'T'\nauthors: [a\n---\n\nText.\n"));
    expect(insight.data).toEqual({});
    expect(diagnostics.map((d) => [d.line, d.rule])).toEqual([[3, 'parse']]);
    expect(diagnostics[0]?.message).toMatch(/^the frontmatter is not valid YAML: /);
  });
});
