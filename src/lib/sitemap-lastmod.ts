import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MODIFIED = /<meta name="dcterms\.modified" content="([^"]+)"/;

/** The `dcterms.modified` date a built page declares, read back for its sitemap entry. */
export function builtPageModified(outDir: string, url: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname);
  try {
    return MODIFIED.exec(readFileSync(join(outDir, path, 'index.html'), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}
