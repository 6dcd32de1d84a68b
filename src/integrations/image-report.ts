import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imageCacheDir, imageStats, resetImageStats } from '../lib/og/cache';

/** The report of the last build, in the image cache folder: which images were drawn and which were reused. */
export const IMAGE_REPORT = 'last-build.json';

/**
 * Reports, at the end of a build, how many generated images (Open Graph cards, covers, icons) were drawn and how
 * many were read back from the cache, and writes the names to `<image cache>/last-build.json`.
 */
export function imageReport(): AstroIntegration {
  return {
    name: 'image-report',
    hooks: {
      'astro:build:start': () => {
        resetImageStats();
      },
      'astro:build:done': async ({ logger }) => {
        const stats = imageStats();
        const dir = imageCacheDir();
        logger.info(
          `${stats.rendered.length} image(s) rendered, ${stats.cached.length} reused from the cache (${dir})`,
        );
        await mkdir(dir, { recursive: true });
        await writeFile(
          join(dir, IMAGE_REPORT),
          `${JSON.stringify({ ...stats, at: new Date().toISOString() }, null, 2)}\n`,
        );
      },
    },
  };
}
