import { isAbsolute, relative, resolve } from 'node:path';
import { contentDir } from '../../src/lib/content-dir.ts';

/** The project's root folder (scripts/ is directly under it). */
export const projectDir = resolve(import.meta.dirname, '../..');

/** The content folder the build reads: CONTENT_DIR, else src/content, relative to the project. */
export const contentRoot = resolve(projectDir, contentDir);

/** A path as it is best shown: relative to the working folder when it is inside it, else absolute. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : path;
}
