import { describe, expect, it } from 'vitest';
import { pickRelated, relatedScore, type RelatedCandidate } from './related';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const make = (id: string, date: string, topics: string[] = [], authors: string[] = []): RelatedCandidate => ({
  id,
  pubDate: day(date),
  topics,
  authors,
});

const current = make('current', '2026-01-10', ['cloud', 'gaming'], ['tim']);

describe('relatedScore', () => {
  it('weighs shared topics above shared authors above recency', () => {
    const topic = make('t', '2020-01-01', ['cloud']);
    const author = make('a', '2020-01-01', [], ['tim']);
    const recent = make('r', '2026-01-09');
    expect(relatedScore(current, topic)).toBeGreaterThan(relatedScore(current, author));
    expect(relatedScore(current, author)).toBeGreaterThan(relatedScore(current, recent));
  });
  it('prefers the closer date when all else is equal', () => {
    expect(relatedScore(current, make('near', '2026-01-01'))).toBeGreaterThan(
      relatedScore(current, make('far', '2024-01-01')),
    );
  });
});

describe('pickRelated', () => {
  const pool = [
    current,
    make('curated-b', '2010-01-01'),
    make('curated-a', '2011-01-01'),
    make('shares-both', '2025-01-01', ['cloud'], ['tim']),
    make('shares-topic', '2025-01-01', ['gaming']),
    make('unrelated-new', '2026-01-09'),
    make('unrelated-old', '2001-01-01'),
  ];

  it('puts the curated list first in its order, then the best-scoring others', () => {
    const ids = pickRelated(current, ['curated-a', 'curated-b'], pool, 5).map((c) => c.id);
    expect(ids).toEqual(['curated-a', 'curated-b', 'shares-both', 'shares-topic', 'unrelated-new']);
  });
  it('never includes the insight itself, even when curated', () => {
    const ids = pickRelated(current, ['current'], pool, 10).map((c) => c.id);
    expect(ids).not.toContain('current');
  });
  it('skips curated ids that are not in the published pool (drafts) and duplicates', () => {
    const ids = pickRelated(current, ['a-draft', 'curated-a', 'curated-a'], pool, 3).map((c) => c.id);
    expect(ids).toEqual(['curated-a', 'shares-both', 'shares-topic']);
  });
  it('returns at most the requested count and no more than exist', () => {
    expect(pickRelated(current, [], pool, 2)).toHaveLength(2);
    expect(pickRelated(current, [], pool, 99)).toHaveLength(pool.length - 1);
  });
  it('breaks ties by newest first', () => {
    const a = make('older', '2020-01-01');
    const b = make('newer', '2020-01-02');
    const far = make('x', '2090-01-01');
    expect(pickRelated(far, [], [a, b], 2).map((c) => c.id)).toEqual(['newer', 'older']);
  });
  it('picks the same insights, in the same order, as ranking every candidate would', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const topics = ['cloud', 'gaming', 'ai', 'data'];
    const authors = ['tim', 'ana', 'ben'];
    const many = Array.from({ length: 300 }, (_, i) =>
      make(
        `i${i}`,
        `20${10 + Math.floor(rnd() * 16)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
        topics.filter(() => rnd() < 0.4),
        authors.filter(() => rnd() < 0.3),
      ),
    );
    const ranked = many
      .filter((c) => c.id !== current.id)
      .map((c) => ({ c, score: relatedScore(current, c) }))
      .sort(
        (a, b) => b.score - a.score || b.c.pubDate.getTime() - a.c.pubDate.getTime() || a.c.id.localeCompare(b.c.id),
      )
      .map(({ c }) => c.id);
    for (const count of [1, 6, 25])
      expect(pickRelated(current, [], many, count).map((c) => c.id)).toEqual(ranked.slice(0, count));
    expect(pickRelated(current, ['i3', 'i9'], many, 6).map((c) => c.id)).toEqual(
      ['i3', 'i9', ...ranked.filter((id) => id !== 'i3' && id !== 'i9')].slice(0, 6),
    );
  });
});
