/** The dates that decide when an insight last changed. */
export interface Dated {
  pubDate: Date;
  updatedDate?: Date | undefined;
}

/** The one definition of "updated": the revision date when there is one, else the publication date. */
export function lastModified(entry: Dated): Date {
  return entry.updatedDate ?? entry.pubDate;
}

/** The newest `lastModified` of a list, for a page that lists them; `undefined` for an empty list. */
export function newestModified(entries: readonly Dated[]): Date | undefined {
  let newest: Date | undefined;
  for (const entry of entries) {
    const date = lastModified(entry);
    if (!newest || date.getTime() > newest.getTime()) newest = date;
  }
  return newest;
}
