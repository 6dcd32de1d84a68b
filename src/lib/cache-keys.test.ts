import { describe, expect, it } from 'vitest';
import { cacheKeyOf, type KeyedEntry } from './cache-keys';

const entry = (collection: string, id: string, digest: string | undefined, data: unknown = {}): KeyedEntry => ({
  collection,
  id,
  digest,
  data,
});

const insight = entry('insights', 'a', 'd1', { title: 'A', pubDate: new Date('2026-01-01T00:00:00Z') });
const author = entry('authors', 'tim', 'd2', { name: 'Tim' });
const topic = entry('topics', 'cloud', 'd3', { name: 'Cloud' });

describe('cacheKeyOf', () => {
  it('is stable for the same entries, whatever their order and repeats', () => {
    expect(cacheKeyOf('insight', [insight, author, topic])).toBe(
      cacheKeyOf('insight', [topic, author, insight, author]),
    );
  });

  it('changes when any entry the page shows changes, by file or by resolved data', () => {
    const key = cacheKeyOf('insight', [insight, author, topic]);
    expect(cacheKeyOf('insight', [insight, entry('authors', 'tim', 'd2-edited', { name: 'Tim' }), topic])).not.toBe(
      key,
    );
    // Same file, other resolved data: an image beside it was replaced (its URL carries the new content hash).
    expect(
      cacheKeyOf('insight', [entry('insights', 'a', 'd1', { title: 'A', hero: 'x.h2.jpg' }), author, topic]),
    ).not.toBe(key);
  });

  it('changes when the page shows one more or one fewer entry', () => {
    const key = cacheKeyOf('insight', [insight, author]);
    expect(cacheKeyOf('insight', [insight, author, topic])).not.toBe(key);
    expect(cacheKeyOf('insight', [insight])).not.toBe(key);
  });

  it('tells kinds of page and their extra inputs apart', () => {
    expect(cacheKeyOf('insight', [insight])).not.toBe(cacheKeyOf('archive', [insight]));
    expect(cacheKeyOf('archive', [insight], { number: 1, pages: 2 })).not.toBe(
      cacheKeyOf('archive', [insight], { number: 1, pages: 3 }),
    );
  });

  it('keys an entry without a digest and without a body (a topic in a data file) by its data', () => {
    const plain = (name: string) => entry('topics', 'cloud', undefined, { name });
    expect(cacheKeyOf('insight', [insight, plain('Cloud')])).toBe(cacheKeyOf('insight', [insight, plain('Cloud')]));
    expect(cacheKeyOf('insight', [insight, plain('Cloud')])).not.toBe(
      cacheKeyOf('insight', [insight, plain('Clouds')]),
    );
  });

  it('gives a key no build matches, so the page is always rendered, for a body without a digest', () => {
    const unkeyed = [insight, { ...entry('insights', 'x', undefined), body: 'Text' }];
    expect(cacheKeyOf('insight', unkeyed)).not.toBe(cacheKeyOf('insight', unkeyed));
  });
});
