/**
 * Archived feeds (RFC 5005, section 4). The current feed document carries the newest `feedLength` items; every
 * older item lives in exactly one archive document. Archive documents are fixed pages counted from the oldest
 * item: page 1 holds the `pageSize` oldest items, page 2 the next ones, and so on. Only the newest page can be
 * partly filled; it fills up as items leave the current feed, and a full page never changes again.
 */
export interface ArchiveOptions {
  /** How many items the current feed document carries. */
  feedLength: number;
  /** How many items each archive document holds. */
  pageSize: number;
}

export interface ArchivePage<T> {
  /** 1 is the oldest page. */
  number: number;
  /** The page's items, newest first (like every feed document). */
  items: T[];
  /** True once the page holds `pageSize` items; from then on it never changes. */
  full: boolean;
}

export interface ArchivePlan<T> {
  /** The current feed document's items, newest first. */
  current: T[];
  /** Archive pages, oldest first. */
  pages: ArchivePage<T>[];
}

function checkOptions({ feedLength, pageSize }: ArchiveOptions): void {
  for (const [name, value] of Object.entries({ feedLength, pageSize })) {
    if (!Number.isInteger(value) || value < 1)
      throw new RangeError(`${name} must be a positive whole number, not ${value}`);
  }
}

/** Splits items (newest first) into the current feed and the archive pages. */
export function planArchive<T>(newestFirst: readonly T[], options: ArchiveOptions): ArchivePlan<T> {
  checkOptions(options);
  const { feedLength, pageSize } = options;
  const oldestFirst = newestFirst.slice(feedLength).reverse();
  const pages: ArchivePage<T>[] = [];
  for (let start = 0; start < oldestFirst.length; start += pageSize) {
    const items = oldestFirst.slice(start, start + pageSize);
    pages.push({ number: pages.length + 1, items: items.reverse(), full: items.length === pageSize });
  }
  return { current: newestFirst.slice(0, feedLength), pages };
}

/** The paging links of archive page `number` out of `count`, as page numbers (RFC 5005 prev-archive / next-archive). */
export function archiveNeighbours(number: number, count: number): { prev?: number; next?: number } {
  return {
    ...(number > 1 ? { prev: number - 1 } : {}),
    ...(number < count ? { next: number + 1 } : {}),
  };
}
