import { describe, expect, it } from 'vitest';
import { insightLinks, linkedInsightId } from './insight-links.ts';
import { contextOf, mdx, run } from './testing.ts';

const other = mdx('Other.', { title: "'Another insight'" });
const draft = mdx('Draft.', { title: "'A draft'", draft: 'true' });

describe('linkedInsightId', () => {
  const from = contextOf({ 'here.mdx': mdx('x') }).insights[0]!;
  it.each([
    ['/insights/other/', 'other'],
    ['/insights/other', 'other'],
    ['../other/', 'other'],
    ['https://research.example.com/insights/other/#part', 'other'],
    ['/insights/other/index.html', 'other'],
    ['other/', 'here/other'],
  ])('%s points at %s', (url, id) => expect(linkedInsightId(url, from, 'https://research.example.com')).toBe(id));
  it.each(['/insights/', '/insights/2/', '/topics/cloud/', 'https://example.org/insights/x/', 'mailto:a@b.c'])(
    '%s is not a link to an insight',
    (url) => expect(linkedInsightId(url, from, 'https://research.example.com')).toBeUndefined(),
  );
});

describe('insight-links', () => {
  it('passes links to insights that exist, written in every form', () => {
    const body = [
      '[root](/insights/other/) [relative](../other/) [full](https://research.example.com/insights/other/)',
      '',
      '[ref][o]',
      '',
      '[o]: /insights/other/',
      '',
      '<a href="/insights/other/">JSX</a> and [the list](/insights/) and [a topic](/topics/cloud/).',
    ].join('\n');
    expect(run(insightLinks, { 'here.mdx': mdx(body), 'other.mdx': other })).toEqual([]);
  });

  it('reports a link to an insight that does not exist, with a suggestion', () => {
    const found = run(insightLinks, { 'here.mdx': mdx('See [this](/insights/othr/).'), 'other.mdx': other });
    expect(found).toEqual([
      {
        file: 'src/content/insights/here.mdx',
        line: 8,
        column: 5,
        severity: 'error',
        rule: 'insight-links',
        message:
          'the link /insights/othr/ points at an insight that does not exist (/insights/othr/); did you mean /insights/other/?',
      },
    ]);
  });

  it('reports broken links in definitions and JSX, without a suggestion when nothing is close', () => {
    const body = '[a][x]\n\n[x]: ../nothing-like-it/\n\n<PullQuote href="/insights/gone-for-good/">Q</PullQuote>';
    const found = run(insightLinks, { 'here.mdx': mdx(body), 'other.mdx': other });
    expect(found.map((d) => [d.line, d.message])).toEqual([
      [10, 'the link ../nothing-like-it/ points at an insight that does not exist (/insights/nothing-like-it/)'],
      [12, 'the link /insights/gone-for-good/ points at an insight that does not exist (/insights/gone-for-good/)'],
    ]);
  });

  it('reports a published insight linking to a draft, but not a draft linking to a draft', () => {
    const link = '[d](/insights/a-draft/)';
    expect(run(insightLinks, { 'here.mdx': mdx(link), 'a-draft.mdx': draft }).map((d) => d.message)).toEqual([
      'the link /insights/a-draft/ points at a draft, which readers cannot see: publish it first or remove the link',
    ]);
    expect(run(insightLinks, { 'here.mdx': mdx(link, { draft: 'true' }), 'a-draft.mdx': draft })).toEqual([]);
  });
});
