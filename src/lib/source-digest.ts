/**
 * A digest of the site's own code: every file under the given folders, except the content. Astro's incremental
 * build (astro.config.ts) reuses a page while its cache key and its own module graph are unchanged; but every
 * page also carries the one shared stylesheet, which any component's styles change. Folding this digest into the
 * config makes any code change re-render every page, so only content edits are incremental.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export function sourceDigest(root: string, paths: readonly string[], skip: readonly string[] = []): string {
  const skipped = skip.map((p) => resolve(root, p));
  const isSkipped = (path: string) => skipped.some((s) => path === s || path.startsWith(s + sep));
  const files: string[] = [];
  const walk = (path: string) => {
    if (isSkipped(path)) return;
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      files.push(path);
      return;
    }
    for (const entry of entries) walk(join(path, entry.name));
  };
  for (const p of paths) walk(resolve(root, p));
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(relative(root, file)).update('\0');
    hash.update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
