/**
 * The Pagefind full-text index of a built site, written to `<site>/pagefind/`. It runs after Astro's build, on
 * the pages of that build, so the index always holds exactly the published insights (scripts/build.ts).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * The pages that can hold an insight (insightPath() in src/lib/insights.ts): only insight pages carry
 * `data-pagefind-body`, and reading just these folders spares Pagefind parsing every list page for nothing.
 * tests/content/discovery.test.ts checks that the index holds exactly the insight pages.
 */
const INSIGHT_PAGES = 'insights/*/index.html';

/** Indexes the built site in `siteDir`; returns how many pages Pagefind read. */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: INSIGHT_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
