/** The three feed formats every feed is published in. */
export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

/** File name of each format, under the feed's folder (`/`, `/topics/<id>/`, `/authors/<id>/`). */
export const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

/** Media type of each format: in `<link rel="alternate">`, in `public/_headers` and in the feeds' self links. */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** Plain-language name of each format. */
export const FEED_FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** Site path of a feed, from the folder it lives in: `feedPath('/topics/cloud/', 'rss')` is `/topics/cloud/rss.xml`. */
export function feedPath(folder: string, format: FeedFormat): string {
  if (!folder.startsWith('/') || !folder.endsWith('/'))
    throw new Error(`A feed folder starts and ends with "/": ${folder}`);
  return `${folder}${FEED_FILES[format]}`;
}

/** One feed to announce in a page's `<head>` or list on /feeds/. */
export interface FeedLink {
  title: string;
  href: string;
  type: FeedFormat;
}

/** The three feeds of a folder, titled "<name> (RSS)" and so on. */
export function feedLinks(folder: string, name: string): FeedLink[] {
  return FEED_FORMATS.map((type) => ({
    title: `${name} (${FEED_FORMAT_NAMES[type]})`,
    href: feedPath(folder, type),
    type,
  }));
}

/** Site path of the Atom archive document number `page` (1 is the oldest), RFC 5005. */
export function archivePath(page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`Archive pages are numbered from 1, not ${page}`);
  return `/archive/atom/${page}.xml`;
}
