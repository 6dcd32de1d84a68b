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
  // The best `count - chosen.length` others, kept in order while scanning once: a page needs a handful out of
  // thousands, and sorting every candidate for every page made the build quadratic in the archive's size.
  const wanted = count - chosen.length;
  const best: { c: T; score: number }[] = [];
  if (wanted > 0) {
    for (const c of candidates) {
      if (seen.has(c.id)) continue;
      const entry = { c, score: relatedScore(current, c) };
      if (best.length === wanted && ranks(best[wanted - 1]!, entry) <= 0) continue;
      let at = best.length;
      while (at > 0 && ranks(best[at - 1]!, entry) > 0) at--;
      best.splice(at, 0, entry);
      if (best.length > wanted) best.pop();
    }
  }
  for (const { c } of best) chosen.push(c);
  return chosen.slice(0, count);
}

/** Negative when `a` ranks before `b`: higher score, then newer, then by id. */
function ranks(a: { c: RelatedCandidate; score: number }, b: { c: RelatedCandidate; score: number }): number {
  return b.score - a.score || b.c.pubDate.getTime() - a.c.pubDate.getTime() || a.c.id.localeCompare(b.c.id);
}
