import { describe, expect, it } from 'vitest';
import { insightsByAuthor, insightsInTopic, topicsWithInsights } from './membership';

const insight = (id: string, topics: string[], authors: string[]) => ({
  id,
  data: { topics: topics.map((t) => ({ id: t })), authors: authors.map((a) => ({ id: a })) },
});
const list = [
  insight('a', ['cloud'], ['tim']),
  insight('b', ['cloud', 'gaming'], ['olivier']),
  insight('c', [], ['tim']),
];

describe('membership', () => {
  it('finds a topic’s insights in order', () =>
    expect(insightsInTopic(list, 'cloud').map((i) => i.id)).toEqual(['a', 'b']));
  it('finds an author’s insights in order', () =>
    expect(insightsByAuthor(list, 'tim').map((i) => i.id)).toEqual(['a', 'c']));
  it('keeps only topics that have an insight', () => {
    const topics = [{ id: 'cloud' }, { id: 'unused' }, { id: 'gaming' }];
    expect(topicsWithInsights(topics, list).map((t) => t.id)).toEqual(['cloud', 'gaming']);
  });
});
