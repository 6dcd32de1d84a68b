/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild` in astro.config.ts): a page whose key
 * matches the previous build's, and whose code is unchanged, is copied from that build instead of rendered.
 *
 * A key is the digest of every content entry the page shows anything of: its own insight, the authors and
 * topics it names, the other insights it lists and their authors. Whole entries, never a hand-picked list of
 * fields, so that no edit can leave a stale page behind. The code and the site's settings are not in the key:
 * astro.config.ts folds their digest into the config, and a change there re-renders every page.
 */
import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from './og/digest';

/** What a key needs of a content entry: the digest Astro keeps of its file, and the data it resolved. */
export interface KeyedEntry {
  collection: string;
  id: string;
  digest?: string | number | undefined;
  data: unknown;
  body?: string | undefined;
}

/**
 * The cache key of a page of `kind` made from `entries` (in any order, repeats allowed) and `extra`, anything
 * else its output depends on (a page number, the number of pages). An entry without a digest (the `file()`
 * loader keeps none) is vouched for by its data alone when it has no body; one with a body and no digest
 * gives a key that no later build can match, so that the page is always rendered.
 */
export function cacheKeyOf(kind: string, entries: readonly KeyedEntry[], extra?: unknown): string {
  const seen = new Map<string, KeyedEntry>();
  for (const entry of entries) {
    if ((entry.digest === undefined || entry.digest === '') && entry.body !== undefined)
      return `unkeyed-${randomUUID()}`;
    seen.set(`${entry.collection}/${entry.id}`, entry);
  }
  const hash = createHash('sha256').update(canonicalJson({ kind, extra: extra ?? null }));
  for (const key of [...seen.keys()].sort()) hash.update('\n').update(entryPart(seen.get(key) as KeyedEntry));
  return hash.digest('hex');
}

/**
 * An entry as its part of a key: its name, its file's digest and its data. A build asks for the same entries'
 * parts on page after page (an insight is on its own page, on list pages, in feeds and on related cards), and
 * entries are never changed once loaded, so each entry object is serialised once.
 */
const parts = new WeakMap<KeyedEntry, string>();
function entryPart(entry: KeyedEntry): string {
  let part = parts.get(entry);
  if (part === undefined) {
    part = canonicalJson([`${entry.collection}/${entry.id}`, entry.digest ?? null, entry.data]);
    parts.set(entry, part);
  }
  return part;
}
