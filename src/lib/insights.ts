import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { isPublished } from './published';
import { danglingReferences, type EntryReference } from './references';

export type Insight = CollectionEntry<'insights'>;
export type Author = CollectionEntry<'authors'>;
export type Topic = CollectionEntry<'topics'>;

/** The build's clock; fixed once so every page of one build agrees on what is published. */
export const buildTime = new Date();

/** `astro dev` shows drafts and scheduled insights so editors can preview them. */
export const previewMode: boolean = import.meta.env.SHOW_UNPUBLISHED === true;

/** Newest first; ties broken by title so the order is stable. */
export function byNewest(a: Insight, b: Insight): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.data.title.localeCompare(b.data.title);
}

let referencesChecked: Promise<void> | undefined;

/** Fails the build when an insight names an author, topic or insight that does not exist. */
function checkReferences(): Promise<void> {
  referencesChecked ??= (async () => {
    const [insights, authors, topics] = await Promise.all([
      getCollection('insights'),
      getCollection('authors'),
      getCollection('topics'),
    ]);
    const refs: EntryReference[] = insights.flatMap((entry) => {
      const file = entry.filePath ?? `insights/${entry.id}`;
      const list = (field: 'authors' | 'topics' | 'related', collection: string) =>
        entry.data[field].map((ref, i) => ({ file, field: `${field}[${i}]`, collection, id: ref.id }));
      return [...list('authors', 'authors'), ...list('topics', 'topics'), ...list('related', 'insights')];
    });
    const problems = danglingReferences(refs, {
      insights: new Set(insights.map((e) => e.id)),
      authors: new Set(authors.map((e) => e.id)),
      topics: new Set(topics.map((e) => e.id)),
    });
    if (problems.length > 0) {
      throw new Error(`Invalid content reference${problems.length > 1 ? 's' : ''}:\n  - ${problems.join('\n  - ')}`);
    }
  })();
  return referencesChecked;
}

/**
 * A build reads the same content for every page, so a production build works each list out once: asking the
 * content store again copies every entry, and doing that for every page made builds quadratic in the
 * archive's size. `astro dev` asks every time, since editors change content while it runs.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  if (import.meta.env.DEV) return load;
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** Every insight readers may see in this build, newest first. The one list pages and feeds use. */
export const getPublishedInsights: () => Promise<readonly Insight[]> = once(async () => {
  await checkReferences();
  const all = await getCollection('insights', ({ data }) =>
    isPublished(data, { now: buildTime, preview: previewMode }),
  );
  return all.sort(byNewest);
});

/** The canonical site path of an insight. */
export function insightPath(id: string): string {
  return `/insights/${id}/`;
}

/** The site path of an author's page. */
export function authorPath(id: string): string {
  return `/authors/${id}/`;
}

/** The site path of a topic's page. */
export function topicPath(id: string): string {
  return `/topics/${id}/`;
}

/**
 * The entries `refs` name, from a list read once per build (`byId`); Astro's `getEntries` copies each entry on
 * every call, and every card, feed item and cache key asks for an insight's authors and topics. A reference the
 * list lacks (content that checkReferences() has not vetted yet) is left to `getEntries`.
 */
async function resolved<E extends Author | Topic>(
  refs: readonly { id: string }[],
  byId: () => Promise<ReadonlyMap<string, E>>,
  fallback: () => Promise<E[]>,
): Promise<E[]> {
  const entries = await byId();
  const found = refs.map((ref) => entries.get(ref.id));
  return found.every((entry) => entry !== undefined) ? (found as E[]) : fallback();
}

/** The author entries of an insight, in byline order. */
export async function authorsOf(insight: Insight): Promise<Author[]> {
  return resolved(insight.data.authors, authorsById, () => getEntries(insight.data.authors));
}

/** The topic entries of an insight, in the order the editor listed them. */
export async function topicsOf(insight: Insight): Promise<Topic[]> {
  return resolved(insight.data.topics, topicsById, () => getEntries(insight.data.topics));
}

/** All authors, by name. */
export const getAuthors: () => Promise<readonly Author[]> = once(async () =>
  (await getCollection('authors')).sort((a, b) => a.data.name.localeCompare(b.data.name)),
);

/** All topics, by name. */
export const getTopics: () => Promise<readonly Topic[]> = once(async () =>
  (await getCollection('topics')).sort((a, b) => a.data.name.localeCompare(b.data.name)),
);

const authorsById = once(async () => new Map((await getAuthors()).map((author) => [author.id, author])));
const topicsById = once(async () => new Map((await getTopics()).map((topic) => [topic.id, topic])));

export { getEntry };

export { insightsByAuthor, insightsInTopic, topicsWithInsights } from './membership';
