import { getRssString, type RSSFeedItem, type RSSOptions } from '@astrojs/rss';
import { rfc3339, rfc822 } from './dates';
import type { FeedChannel, FeedItem } from './item';
import { FEED_MEDIA_TYPES } from './paths';
import { escapeXml, xmlSafe } from './xml';

export const RSS_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

/** RSS allows a channel image of at most 144 pixels wide. */
const RSS_IMAGE_SIZE = 144;

/** What fast-xml-parser (which @astrojs/rss runs `customData` through) would read as a number. */
const NUMBER_LIKE = /^\s*[-+]?(?:0x[\da-f]+|(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*$/i;

/**
 * Text for `customData`. @astrojs/rss parses `customData` with fast-xml-parser, which turns text that looks like
 * a number into a number: "007" would come out as "7". Such text is refused loudly rather than changed silently.
 */
export function customDataText(value: string, field: string): string {
  if (NUMBER_LIKE.test(value) && String(Number(value.trim())) !== value) {
    throw new Error(
      `RSS: ${field} "${value}" would be rewritten as a number by @astrojs/rss; it cannot go in the feed as is`,
    );
  }
  return escapeXml(value);
}

/**
 * Plain text as the HTML that RSS readers expect in `<description>`: "a < b" must reach the reader as
 * `a &lt; b` (then XML-escaped once more by the writer), or a reader would take `<b` for a tag.
 */
export const plainTextAsHtml = (text: string): string => escapeXml(text);

function channelData(channel: FeedChannel): string {
  const title = customDataText(xmlSafe(channel.title), 'channel title');
  return [
    `<language>${escapeXml(channel.language)}</language>`,
    `<lastBuildDate>${rfc822(channel.built)}</lastBuildDate>`,
    `<generator>${escapeXml(`${channel.generator.name} v${channel.generator.version}`)}</generator>`,
    `<atom:link href="${escapeXml(channel.urls.rss)}" rel="self" type="${FEED_MEDIA_TYPES.rss}"/>`,
    `<image><url>${escapeXml(channel.icon)}</url><title>${title}</title><link>${escapeXml(channel.homeUrl)}</link>` +
      `<width>${RSS_IMAGE_SIZE}</width><height>${RSS_IMAGE_SIZE}</height></image>`,
  ].join('');
}

function itemData(item: FeedItem): string {
  const parts = [`<pubDate>${rfc822(item.published)}</pubDate>`];
  // RSS 2.0 has no element for a revision date; Atom's, which readers and validators know in RSS too, says it.
  if (item.updated) parts.push(`<atom:updated>${rfc3339(item.updated)}</atom:updated>`);
  // Authors are named in dc:creator: RSS's own <author> is for an e-mail address, never a bare name.
  for (const author of item.authors)
    parts.push(`<dc:creator>${customDataText(xmlSafe(author.name), 'author name')}</dc:creator>`);
  if (item.image) {
    const { url, type, length, width, height } = item.image;
    parts.push(
      `<media:content url="${escapeXml(url)}" type="${escapeXml(type)}" medium="image" fileSize="${length}" width="${width}" height="${height}"/>`,
    );
  }
  return parts.join('');
}

function rssItem(item: FeedItem): RSSFeedItem {
  return {
    title: xmlSafe(item.title),
    // The link is also the guid (isPermaLink="true"): the canonical URL never changes once published.
    link: item.url,
    // @astrojs/rss writes <description> before <content:encoded>.
    description: plainTextAsHtml(item.summary),
    content: xmlSafe(item.contentHtml),
    categories: item.categories.map((c) => xmlSafe(c.label)),
    customData: itemData(item),
    ...(item.image ? { enclosure: { url: item.image.url, length: item.image.length, type: item.image.type } } : {}),
  };
}

/** The options @astrojs/rss needs to write this feed. */
export function rssOptions(channel: FeedChannel, items: readonly FeedItem[]): RSSOptions {
  return {
    title: xmlSafe(channel.title),
    description: xmlSafe(channel.description),
    site: channel.homeUrl,
    xmlns: RSS_NAMESPACES,
    customData: channelData(channel),
    items: items.map(rssItem),
  };
}

/** The RSS 2.0 document, written by @astrojs/rss. */
export function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  return getRssString(rssOptions(channel, items));
}
