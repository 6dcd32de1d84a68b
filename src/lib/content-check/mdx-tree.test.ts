import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { esmImports, hasSpread, jsxAttribute, jsxElements, literalString, nodesOf, placeOf } from './mdx-tree.ts';

const tree = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .parse(
    [
      "import photo from './photo.jpg';",
      "import { Chart, Figure as F } from '/src/components/mdx/index.ts';",
      '',
      '## Heading with <abbr title="x">ABBR</abbr>',
      '',
      '<F src={photo} alt="A photo" caption={`Literal`} wide />',
      '',
      '<img {...props} />',
    ].join('\n'),
  );

describe('the MDX tree helpers', () => {
  it('find nodes and JSX elements in document order, with their places', () => {
    expect(nodesOf(tree, 'heading').map(placeOf)).toEqual([{ line: 4, column: 1 }]);
    expect(jsxElements(tree).map((e) => [e.name, placeOf(e).line])).toEqual([
      ['abbr', 4],
      ['F', 6],
      ['img', 8],
    ]);
  });

  it('read attributes: text, expressions, bare attributes and spreads', () => {
    const figure = jsxElements(tree)[1]!;
    expect(jsxAttribute(figure, 'alt')?.value).toBe('A photo');
    expect(jsxAttribute(figure, 'src')?.value).toEqual({ expression: 'photo' });
    expect(jsxAttribute(figure, 'wide')?.value).toBe(true);
    expect(jsxAttribute(figure, 'missing')).toBeUndefined();
    expect(placeOf(jsxAttribute(figure, 'alt')!.node)).toEqual({ line: 6, column: 16 });
    expect(hasSpread(figure)).toBe(false);
    expect(hasSpread(jsxElements(tree)[2]!)).toBe(true);
  });

  it('read string literals, and nothing computed', () => {
    expect(literalString("'a'")).toBe('a');
    expect(literalString(' "b" ')).toBe('b');
    expect(literalString('`c`')).toBe('c');
    expect(literalString('`${x}`')).toBeUndefined();
    expect(literalString('name')).toBeUndefined();
  });

  it('list the imports with their names, sources and lines', () => {
    expect(esmImports(tree)).toEqual([
      { names: ['photo'], source: './photo.jpg', place: { line: 1, column: 1 } },
      { names: ['Chart', 'F'], source: '/src/components/mdx/index.ts', place: { line: 2, column: 1 } },
    ]);
  });
});
