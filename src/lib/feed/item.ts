import { makeUrlsAbsolute } from './absolute-urls';
import { cleanHtml } from './clean-html';
import { parseHtml, serializeHtml } from './html-tree';
import { escapeXml } from './xml';

/**
 * The common feed-item model: every feed format (RSS, Atom, JSON Feed) is written from these objects, so the
 * three formats always carry the same items with the same content.
 */
export interface FeedPerson {
  name: string;
  /** The person's page on the site, absolute. */
  url?: string | undefined;
}

export interface FeedCategory {
  /** Stable id, for example "cloud". */
  term: string;
  /** Display name, for example "Cloud". */
  label: string;
  /** Absolute URL of the topic's page. */
  url: string;
  /** Absolute URL of the list of all topics: the scheme the term belongs to. */
  scheme: string;
}

export interface FeedImage {
  /** Absolute URL of the optimized file. */
  url: string;
  /** Media type, for example "image/jpeg". */
  type: string;
  /** Size of the file in bytes. */
  length: number;
  width: number;
  height: number;
  alt: string;
  credit?: string | undefined;
}

export interface FeedItem {
  /** Permanent id: the canonical URL, which never changes once published. */
  id: string;
  /** Absolute canonical URL. */
  url: string;
  title: string;
  /** The plain-text description. */
  summary: string;
  /** The full article as HTML with absolute URLs and nothing executable. */
  contentHtml: string;
  published: Date;
  /** The last meaningful revision, only when there is one. */
  updated?: Date | undefined;
  authors: FeedPerson[];
  categories: FeedCategory[];
  /** The hero photo, when the insight has one. */
  image?: FeedImage | undefined;
}

/** What describes one feed (site, topic or author), whatever its format. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to (the home page, a topic or an author page). */
  homeUrl: string;
  /** BCP 47 language tag. */
  language: string;
  /** When the site was built (RSS lastBuildDate). */
  built: Date;
  /** Absolute URLs this feed is served at, by format (each document's self link). */
  urls: { rss: string; atom: string; json: string };
  /** Absolute URL of a square icon (144 px: fits RSS's limit). */
  icon: string;
  /** Absolute URL of a large square icon (512 px, JSON Feed). */
  largeIcon: string;
  /** The publisher, as the feed-level author. */
  publisher: FeedPerson;
  generator: { name: string; version: string; url: string };
}

/** When an item last changed: its revision date, else its publication date. */
export const itemModified = (item: FeedItem): Date => item.updated ?? item.published;

/** The newest change among items, for a document's `updated`; `fallback` when there are none. */
export function newestChange(items: readonly FeedItem[], fallback: Date): Date {
  const times = items.map((item) => itemModified(item).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : fallback;
}

/** HTML ready for any feed: scripts, styles and Astro's attributes removed, every URL absolute against `pageUrl`. */
export function feedReadyHtml(html: string, pageUrl: string): string {
  return serializeHtml(makeUrlsAbsolute(cleanHtml(parseHtml(html)), pageUrl));
}

export interface ItemContentInput {
  /** The rendered MDX body. */
  bodyHtml: string;
  /** Canonical URL of the insight. */
  url: string;
  kind: 'article' | 'summary';
  image?: FeedImage | undefined;
  /** The publisher's disclaimer, printed after every insight. */
  disclaimer: string;
  siteName: string;
}

/**
 * The HTML a feed item carries: the hero photo with its credit, the whole body, and the disclaimer that follows
 * every insight on the site. A summary says that it is one and links to its page.
 */
export function itemContentHtml({ bodyHtml, url, kind, image, disclaimer, siteName }: ItemContentInput): string {
  const parts: string[] = [];
  if (image) {
    const caption = image.credit ? `<figcaption>Photo Credit: ${escapeXml(image.credit)}</figcaption>` : '';
    parts.push(
      `<figure><img src="${escapeXml(image.url)}" alt="${escapeXml(image.alt)}" width="${image.width}" height="${image.height}">${caption}</figure>`,
    );
  }
  parts.push(bodyHtml);
  if (kind === 'summary') {
    parts.push(
      `<p><em>This is a summary: only this excerpt of the insight is published on ${escapeXml(siteName)}. ` +
        `<a href="${escapeXml(url)}">See the summary on ${escapeXml(siteName)}</a>.</em></p>`,
    );
  }
  parts.push(`<p><small>${escapeXml(disclaimer)}</small></p>`);
  return feedReadyHtml(parts.join('\n'), url);
}
