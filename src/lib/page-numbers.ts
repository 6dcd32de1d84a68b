/** A page link in a pager, or a gap ("…") between distant pages. */
export type PagerItem = { page: number } | { gap: true };

/**
 * The page numbers a pager shows: always the first and last pages, the current page and `spread`
 * pages either side, with a gap wherever pages are left out. Pages count from 1.
 */
export function pageNumbers(current: number, last: number, spread = 1): PagerItem[] {
  if (last < 1) return [];
  const wanted = new Set<number>([1, last]);
  for (let p = current - spread; p <= current + spread; p++) if (p >= 1 && p <= last) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  sorted.forEach((page, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && page - previous === 2) items.push({ page: page - 1 });
    else if (previous !== undefined && page - previous > 2) items.push({ gap: true });
    items.push({ page });
  });
  return items;
}

/** The address of page `page` of a list that starts at `base` ("/insights/" → "/insights/2/"). */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}${page}/`;
}
