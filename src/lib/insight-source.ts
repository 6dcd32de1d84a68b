/**
 * An insight's MDX source, read from its file. The content store does not keep bodies (`retainBody: false` in
 * content.config.ts): they were most of its size, and Astro bundles the store into the build as one module, so
 * at 4,000 insights keeping them raised the build's peak memory by about 300 MB. The few things that need the
 * source (reading time, which insights draw charts) read it here.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface SourcedEntry {
  id: string;
  /** Relative to the project root, as Astro's glob loader records it. */
  filePath?: string | undefined;
}

export async function insightSource(entry: SourcedEntry, root: string = process.cwd()): Promise<string> {
  if (!entry.filePath) throw new Error(`Insight "${entry.id}": the content store does not say which file it is`);
  return readFile(resolve(root, entry.filePath), 'utf8');
}
