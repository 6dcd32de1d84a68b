/** What deciding membership needs of an insight: the ids of its topics and authors. */
export interface Filed {
  data: { topics: readonly { id: string }[]; authors: readonly { id: string }[] };
}

/** The insights of `list` filed under a topic, in the list's order. */
export function insightsInTopic<T extends Filed>(list: readonly T[], topicId: string): T[] {
  return list.filter((i) => i.data.topics.some((t) => t.id === topicId));
}

/** The insights of `list` written by an author, in the list's order. */
export function insightsByAuthor<T extends Filed>(list: readonly T[], authorId: string): T[] {
  return list.filter((i) => i.data.authors.some((a) => a.id === authorId));
}

/** The topics that have a page: those with at least one insight in `published`. */
export function topicsWithInsights<T extends { id: string }>(topics: readonly T[], published: readonly Filed[]): T[] {
  return topics.filter((topic) => insightsInTopic(published, topic.id).length > 0);
}
