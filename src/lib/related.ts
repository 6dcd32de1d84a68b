/** What related-insight scoring needs to know about an insight. */
export interface RelatedCandidate {
  id: string;
  pubDate: Date;
  topics: readonly string[];
  authors: readonly string[];
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * How related `other` is to `current`: shared topics weigh most, then shared authors,
 * then closeness in time (up to one point, halving every year apart).
 */
export function relatedScore(current: RelatedCandidate, other: RelatedCandidate): number {
  const sharedTopics = other.topics.filter((t) => current.topics.includes(t)).length;
  const sharedAuthors = other.authors.filter((a) => current.authors.includes(a)).length;
  const yearsApart = Math.abs(current.pubDate.getTime() - other.pubDate.getTime()) / (365 * DAY);
  return sharedTopics * 3 + sharedAuthors * 2 + 0.5 ** yearsApart;
}

/**
 * The insights to show under `current`: the editor's curated list first (in its order), then the
 * best-scoring others (newest first on a tie). `candidates` must already be the published ones;
 * the insight itself and duplicates never appear.
 */
export function pickRelated<T extends RelatedCandidate>(
  current: RelatedCandidate,
  curatedIds: readonly string[],
  candidates: readonly T[],
  count: number,
): T[] {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const chosen: T[] = [];
  const seen = new Set<string>([current.id]);
  for (const id of curatedIds) {
    const entry = byId.get(id);
    if (entry && !seen.has(id)) {
      chosen.push(entry);
      seen.add(id);
    }
  }
  const rest = candidates
    .filter((c) => !seen.has(c.id))
    .map((c) => ({ c, score: relatedScore(current, c) }))
    .sort((a, b) => b.score - a.score || b.c.pubDate.getTime() - a.c.pubDate.getTime() || a.c.id.localeCompare(b.c.id));
  for (const { c } of rest) chosen.push(c);
  return chosen.slice(0, count);
}
