import { rfc3339 } from './dates';
import { itemModified, newestChange, type FeedChannel, type FeedItem, type FeedPerson } from './item';
import { FEED_MEDIA_TYPES } from './paths';
import { escapeXml } from './xml';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** RFC 5005 feed history namespace (`fh:archive`). */
export const FEED_HISTORY_NS = 'http://purl.org/syndication/history/1.0';
export const MEDIA_RSS_NS = 'http://search.yahoo.com/mrss/';

/** RFC 5005 links of one Atom document, as absolute URLs. */
export interface AtomPaging {
  /** This document's own address (its `rel="self"`); the feed's address for the current document. */
  self: string;
  /** For an archive document: the current feed document (`rel="current"`). Marks the document as an archive. */
  current?: string | undefined;
  /** The next older archive document. */
  prevArchive?: string | undefined;
  /** The next newer archive document. */
  nextArchive?: string | undefined;
}

const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}"${type ? ` type="${type}"` : ''} href="${escapeXml(href)}"/>`;

const text = (tag: string, value: string, attrs = '') => `<${tag}${attrs}>${escapeXml(value)}</${tag}>`;

function person(tag: string, p: FeedPerson): string {
  return `<${tag}>${text('name', p.name)}${p.url ? text('uri', p.url) : ''}</${tag}>`;
}

function entry(item: FeedItem, indent: string): string {
  const lines = [
    text('id', item.id),
    text('title', item.title, ' type="text"'),
    link('alternate', item.url, 'text/html'),
    text('published', rfc3339(item.published)),
    text('updated', rfc3339(itemModified(item))),
    ...item.authors.map((a) => person('author', a)),
    ...item.categories.map(
      (c) => `<category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}" scheme="${escapeXml(c.scheme)}"/>`,
    ),
  ];
  if (item.image) {
    const { url, type, length, width, height } = item.image;
    lines.push(`<link rel="enclosure" type="${escapeXml(type)}" length="${length}" href="${escapeXml(url)}"/>`);
    lines.push(
      `<media:content url="${escapeXml(url)}" type="${escapeXml(type)}" medium="image" fileSize="${length}" width="${width}" height="${height}"/>`,
    );
  }
  // The plain-text summary comes before the full content.
  lines.push(text('summary', item.summary, ' type="text"'));
  lines.push(text('content', item.contentHtml, ' type="html"'));
  return `${indent}<entry>\n${lines.map((l) => `${indent}  ${l}`).join('\n')}\n${indent}</entry>`;
}

/**
 * An Atom 1.0 document (RFC 4287). The feed's id is the address of its current document, shared by its archive
 * documents, which RFC 5005 treats as parts of one feed. `updated` is the newest change among the entries, so an
 * archive document that is full stays byte for byte the same from build to build.
 */
export function atomFeed(
  channel: FeedChannel,
  items: readonly FeedItem[],
  paging: AtomPaging = { self: channel.urls.atom },
): string {
  const head = [
    text('id', channel.urls.atom),
    text('title', channel.title, ' type="text"'),
    text('subtitle', channel.description, ' type="text"'),
    text('updated', rfc3339(newestChange(items, channel.built))),
    link('self', paging.self, FEED_MEDIA_TYPES.atom),
    link('alternate', channel.homeUrl, 'text/html'),
    ...(paging.current ? [link('current', paging.current, FEED_MEDIA_TYPES.atom)] : []),
    ...(paging.prevArchive ? [link('prev-archive', paging.prevArchive, FEED_MEDIA_TYPES.atom)] : []),
    ...(paging.nextArchive ? [link('next-archive', paging.nextArchive, FEED_MEDIA_TYPES.atom)] : []),
    ...(paging.current ? ['<fh:archive/>'] : []),
    person('author', channel.publisher),
    `<generator uri="${escapeXml(channel.generator.url)}" version="${escapeXml(channel.generator.version)}">${escapeXml(channel.generator.name)}</generator>`,
    text('icon', channel.icon),
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}" xmlns:fh="${FEED_HISTORY_NS}" xmlns:media="${MEDIA_RSS_NS}" xml:lang="${escapeXml(channel.language)}">`,
    ...head.map((l) => `  ${l}`),
    ...items.map((item) => entry(item, '  ')),
    '</feed>',
    '',
  ].join('\n');
}
