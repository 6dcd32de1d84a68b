import { rfc3339 } from './dates';
import type { FeedChannel, FeedItem, FeedPerson } from './item';
import { xmlSafe } from './xml';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

const person = (p: FeedPerson) => ({ name: xmlSafe(p.name), ...(p.url ? { url: p.url } : {}) });

function jsonItem(item: FeedItem) {
  return {
    id: item.id,
    url: item.url,
    title: xmlSafe(item.title),
    // The plain-text summary comes before the full content.
    summary: xmlSafe(item.summary),
    content_html: xmlSafe(item.contentHtml),
    ...(item.image ? { image: item.image.url } : {}),
    date_published: rfc3339(item.published),
    ...(item.updated ? { date_modified: rfc3339(item.updated) } : {}),
    authors: item.authors.map(person),
    tags: item.categories.map((c) => xmlSafe(c.label)),
  };
}

/**
 * A JSON Feed 1.1 document. JSON Feed has no field for the generator or the build date, so they go in the
 * `_generator` extension object (extensions start with an underscore and are ignored by readers that do not know
 * them).
 */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const feed = {
    version: JSON_FEED_VERSION,
    title: xmlSafe(channel.title),
    home_page_url: channel.homeUrl,
    feed_url: channel.urls.json,
    description: xmlSafe(channel.description),
    icon: channel.largeIcon,
    favicon: channel.icon,
    language: channel.language,
    authors: [person(channel.publisher)],
    _generator: {
      about: channel.generator.url,
      name: channel.generator.name,
      version: channel.generator.version,
      built: rfc3339(channel.built),
    },
    items: items.map(jsonItem),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
