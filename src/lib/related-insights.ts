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

// Every page picks among the same published list: describe it once, not once per page.
const candidatesOf = new WeakMap<readonly Insight[], ReturnType<typeof candidate>[]>();

/** The "Related Insights" of `current`, chosen among `published` (which must be the published list). */
export function relatedInsights(current: Insight, published: readonly Insight[], count: number): Insight[] {
  const curated = current.data.related.map((r) => r.id);
  let candidates = candidatesOf.get(published);
  if (!candidates) {
    candidates = published.map(candidate);
    candidatesOf.set(published, candidates);
  }
  return pickRelated(candidate(current), curated, candidates, count).map((c) => c.insight);
}
