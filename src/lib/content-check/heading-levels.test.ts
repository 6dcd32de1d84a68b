import { describe, expect, it } from 'vitest';
import { headingLevels } from './heading-levels.ts';
import { mdx, run } from './testing.ts';

const found = (body: string) => run(headingLevels, { 'a.mdx': mdx(body) }).map((d) => [d.line, d.column, d.message]);

describe('heading-levels', () => {
  it('passes sections at ## with subsections one level down, and going back up', () => {
    expect(found('## One\n\n### One a\n\n#### Detail\n\n## Two\n\n<h3>Two a</h3>')).toEqual([]);
  });

  it('passes a body without headings', () => {
    expect(found('Just a paragraph.')).toEqual([]);
  });

  it('reports a level-1 heading in the body', () => {
    expect(found('# Not the title')).toEqual([
      [8, 1, 'a level-1 heading (# …) in the body: the title is the page’s only h1; start sections at ##'],
    ]);
  });

  it('reports an <h1> element too', () => {
    expect(found('<h1>Big</h1>').map(([line]) => line)).toEqual([8]);
  });

  it('reports a first heading below level 2', () => {
    expect(found('### Too deep')).toEqual([
      [8, 1, 'a level-3 heading (###) follows a level-1 heading (the title): use ##, or add the missing level'],
    ]);
  });

  it('reports a skipped level after a section, inside a component too', () => {
    const body = '## Section\n\nText.\n\n<Callout>\n\n#### Skipped\n\n</Callout>';
    expect(found(body)).toEqual([
      [14, 1, 'a level-4 heading (####) follows a level-2 heading: use ###, or add the missing level'],
    ]);
  });
});
