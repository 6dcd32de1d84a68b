import type { AstroIntegration } from 'astro';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
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
      'astro:build:done': async ({ dir: outDir, logger }) => {
        const stats = imageStats();
        const dir = imageCacheDir();
        // Share images whose page Astro's incremental build copied from the last build: neither drawn nor read.
        const seen = new Set([...stats.rendered, ...stats.cached]);
        const restored = (await generatedImages(fileURLToPath(outDir))).filter((name) => !seen.has(name));
        logger.info(
          `${stats.rendered.length} image(s) rendered, ${stats.cached.length + restored.length} reused from the ` +
            `cache (${dir}; ${restored.length} copied with the last build's pages)`,
        );
        await mkdir(dir, { recursive: true });
        await writeFile(
          join(dir, IMAGE_REPORT),
          `${JSON.stringify({ ...stats, restored, at: new Date().toISOString() }, null, 2)}\n`,
        );
      },
    },
  };
}

/** The names of the share images in a built site ("insights/<id>", "site"): its og/ folder's PNGs. */
async function generatedImages(outDir: string): Promise<string[]> {
  const og = join(outDir, 'og');
  try {
    const entries = await readdir(og, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.png'))
      .map((e) => relative(og, join(e.parentPath, e.name)).replace(/\.png$/, ''));
  } catch {
    return [];
  }
}
