import { describe, expect, it } from 'vitest';
import { planNewInsight } from '../new-insight.ts';
import { placeholders } from './placeholders.ts';
import { run } from './testing.ts';

const scaffolded = planNewInsight(
  { title: 'Fresh insight', authors: ['jane-doe'], topics: [], today: '2026-02-05' },
  { authors: [{ id: 'jane-doe', name: 'Jane Doe' }], topics: [], insights: [] },
);
const source = scaffolded.ok ? scaffolded.source : '';

describe('placeholders', () => {
  it('passes a fresh scaffold while it is a draft', () => {
    expect(source).toContain('draft: true');
    expect(run(placeholders, { 'a.mdx': source })).toEqual([]);
  });

  it('passes a published insight whose placeholders were replaced', () => {
    const written = source
      .replace(/^description: .*$/m, "description: 'What the insight is about, in a sentence that is long enough.'")
      .replace(/^TODO: write the insight here\.$/m, 'The first paragraph.')
      .replace(/^draft: true\n/m, '');
    expect(run(placeholders, { 'a.mdx': written })).toEqual([]);
  });

  it('reports each placeholder left in an insight that is no longer a draft, at its line', () => {
    const published = source.replace(/^draft: true\n/m, '');
    expect(run(placeholders, { 'a.mdx': published }).map((d) => [d.line, d.column, d.message])).toEqual([
      [
        3,
        15,
        'the description still has the placeholder "TODO: one or two plain sentences for cards, search engines and feeds (50 to 160 characters).": replace it before publishing',
      ],
      [14, 1, 'the body still has the placeholder "TODO: write the insight here.": replace it before publishing'],
    ]);
  });
});
