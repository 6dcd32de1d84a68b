import { describe, expect, it } from 'vitest';
import { altText } from './alt-text.ts';
import { mdx, run } from './testing.ts';

const lines = (body: string, fields: Record<string, string | undefined> = {}) =>
  run(altText, { 'a.mdx': mdx(body, fields) }).map((d) => [d.line, d.severity, d.message]);

describe('alt-text', () => {
  it('passes images, elements and a hero photo that say what they show', () => {
    const body = [
      "import photo from './photo.jpg';",
      '',
      '![A bar chart of revenue](./chart.png)',
      '',
      '<img src="/logo.png" alt="The company logo" />',
      '',
      '<Figure src={photo} alt="Two people shaking hands" caption="At the signing." />',
      '',
      "<Image src={photo} alt={'Written as an expression'} />",
      '',
      '<Picture src={photo} alt={description} />',
      '',
      '<Figure caption="A figure made of a table, which needs no alt.">Text</Figure>',
      '',
      '<Chart title="Revenue" type="bar" labels={[]} series={[]} />',
    ].join('\n');
    expect(lines(body, { hero: "\n  src: ./hero.jpg\n  alt: 'A data centre'" })).toEqual([]);
  });

  it('reports a Markdown image without alt text, at its line', () => {
    expect(lines('Text.\n\n![](./chart.png)')).toEqual([
      [
        10,
        'error',
        'the image ./chart.png has no alt text: write what it shows between the brackets, ![What it shows](./chart.png)',
      ],
    ]);
  });

  it('reports blank alt text and an image reference without alt', () => {
    const found = lines('![  ](./a.png)\n\n![][logo]\n\n[logo]: ./logo.png');
    expect(found.map(([line]) => line)).toEqual([8, 10]);
  });

  it('reports <img>, <Image>, <Picture> and <Figure src> with missing, empty or bare alt', () => {
    const body = [
      '<img src="a.png" />',
      '',
      '<Image src={photo} alt="" />',
      '',
      '<Picture src={photo} alt />',
      '',
      '<Figure src={photo} alt={\'\'} caption="x" />',
      '',
      'Inline <img src="b.png" alt="   " /> image.',
    ].join('\n');
    expect(lines(body).map(([line, , message]) => [line, String(message).slice(0, 18)])).toEqual([
      [8, 'the <img> has no a'],
      [10, 'the <Image> has em'],
      [12, 'the <Picture> has '],
      [14, 'the <Figure> has e'],
      [16, 'the <img> has empt'],
    ]);
  });

  it('reports a chart without a title', () => {
    expect(lines('<Chart type="bar" title=" " labels={[]} series={[]} />')).toEqual([
      [8, 'error', 'the <Chart> has no title: its title names it for people who cannot see it'],
    ]);
  });

  it('reports a hero photo without alt text, at the hero field', () => {
    const found = run(altText, { 'a.mdx': mdx('Body.', { hero: '\n  src: ./hero.jpg\n  credit: Someone' }) });
    expect(found).toMatchObject([{ file: 'src/content/insights/a.mdx', line: 7, rule: 'alt-text' }]);
    expect(found[0]?.message).toContain('hero photo has no alt text');
  });

  it('leaves elements that spread their props alone', () => {
    expect(lines('<img {...props} />')).toEqual([]);
  });
});
