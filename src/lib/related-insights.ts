import { pickRelated, type RelatedCandidate } from './related';
import type { Insight } from './insights';

function candidate(insight: Insight): RelatedCandidate & { insight: Insight } {
  return {
    id: insight.id,
    pubDate: insight.data.pubDate,
    topics: insight.data.topics.map((t) => t.id),
    authors: insight.data.authors.map((a) => a.id),
    insight,
  };
}

/** The "Related Insights" of `current`, chosen among `published` (which must be the published list). */
export function relatedInsights(current: Insight, published: readonly Insight[], count: number): Insight[] {
  const curated = current.data.related.map((r) => r.id);
  return pickRelated(candidate(current), curated, published.map(candidate), count).map((c) => c.insight);
}
