import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MODIFIED = /<meta name="dcterms\.modified" content="([^"]+)"/;
const NOINDEX = /<meta name="robots" content="[^"]*noindex/;
const CANONICAL = /<link rel="canonical" href="([^"]+)"/;

/** What the sitemap needs to know about a built page, read back from its HTML. */
export interface BuiltPageInfo {
  /** The page's `dcterms.modified` day, when it declares one. */
  modified?: string | undefined;
  /** Pages that ask search engines not to index them stay out of the sitemap. */
  noindex: boolean;
  /** The page's canonical URL; a page whose canonical URL is another address stays out of the sitemap. */
  canonical?: string | undefined;
}

export function builtPageInfo(outDir: string, url: string): BuiltPageInfo {
  const path = decodeURIComponent(new URL(url).pathname);
  let html = '';
  try {
    html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
  } catch {
    return { noindex: false };
  }
  return {
    modified: MODIFIED.exec(html)?.[1],
    noindex: NOINDEX.test(html),
    canonical: CANONICAL.exec(html)?.[1]?.replaceAll('&amp;', '&'),
  };
}
