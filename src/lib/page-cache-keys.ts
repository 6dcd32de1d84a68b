/**
 * The cache key (src/lib/cache-keys.ts) of each kind of page that lists or shows content: every entry it shows
 * anything of, gathered the way the page gathers them.
 */
import type { Page } from 'astro';
import { cacheKeyOf, type KeyedEntry } from './cache-keys';
import type { FeedScope } from './feeds';
import { authorsOf, topicsOf, type Insight } from './insights';
import { site } from '../site.config';

/** The insights with the authors and topics their cards and items name. */
async function withBylines(insights: readonly Insight[]): Promise<KeyedEntry[]> {
  const [authors, topics] = await Promise.all([
    Promise.all(insights.map(authorsOf)),
    Promise.all(insights.map(topicsOf)),
  ]);
  return [...insights, ...authors.flat(), ...topics.flat()];
}

/** An insight's page: the insight, its authors and topics, and its related insights' cards. */
export async function insightPageKey(insight: Insight, related: readonly Insight[]): Promise<string> {
  return cacheKeyOf('insight', await withBylines([insight, ...related]));
}

/**
 * A page of a paginated list (the archive, a topic's or an author's insights): its owner (the topic or author
 * whose name and description head it), its insights' cards, and where it sits among the pages.
 */
export async function listPageKey(kind: string, page: Page<Insight>, owner?: KeyedEntry): Promise<string> {
  const entries = await withBylines(page.data);
  return cacheKeyOf(kind, owner ? [owner, ...entries] : entries, {
    current: page.currentPage,
    last: page.lastPage,
    total: page.total,
  });
}

/** A topic's or an author's feed: its owner, whose name is its title, and the insights it carries. */
export async function feedKey(owner: KeyedEntry, scope: FeedScope): Promise<string> {
  return cacheKeyOf('feed', [owner, ...(await withBylines(scope.insights.slice(0, site.feeds.length)))]);
}

/** An Atom archive document: its insights, its number and how many there are (its neighbours' links). */
export async function archiveDocumentKey(items: readonly Insight[], number: number, pages: number): Promise<string> {
  return cacheKeyOf('atom-archive', await withBylines(items), { number, pages });
}
