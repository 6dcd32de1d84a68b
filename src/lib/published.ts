/** The fields that decide whether an insight is public. */
export interface PublicationState {
  draft: boolean;
  pubDate: Date;
}

export interface PublishedOptions {
  /** The moment the build runs. */
  now: Date;
  /** Show drafts and scheduled insights too (true in `astro dev`, so editors can preview them). */
  preview: boolean;
}

/**
 * The one definition of "published", used by every page, feed and list:
 * drafts never, scheduled insights only once the build runs on or after their date.
 * In preview (`astro dev`) everything is shown.
 */
export function isPublished(entry: PublicationState, { now, preview }: PublishedOptions): boolean {
  if (preview) return true;
  return !entry.draft && entry.pubDate.getTime() <= now.getTime();
}

/** Why an insight is not public yet, for the badge shown in preview; `undefined` when it is public. */
export function unpublishedReason(entry: PublicationState, now: Date): 'draft' | 'scheduled' | undefined {
  if (entry.draft) return 'draft';
  if (entry.pubDate.getTime() > now.getTime()) return 'scheduled';
  return undefined;
}
