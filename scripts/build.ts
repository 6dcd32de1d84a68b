/**
 * `npm run build`: Astro's build, then the search index (src/lib/search-index.ts), each in its own process. Run
 * inside Astro's process, Pagefind's indexer started while Astro still held its memory: at 4,000 insights the
 * two together peaked at 4.3 GiB, against 3.4 GiB for either alone (see README "Speed").
 *
 * Astro runs with MALLOC_ARENA_MAX=2 (unless set): sharp encodes images on many threads, and glibc's default of
 * one memory arena per thread left the process about 10% larger for no speed gain.
 * Arguments are passed to `astro build` (`npm run build -- --force` ignores the incremental cache).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { outDirOf } from '../src/lib/out-dir.ts';
import { buildSearchIndex } from '../src/lib/search-index.ts';

const root = resolve(import.meta.dirname, '..');
const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');

const code = await new Promise<number>((done, fail) => {
  const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    cwd: root,
    env: { MALLOC_ARENA_MAX: '2', ...process.env },
    stdio: 'inherit',
  });
  child.on('error', fail);
  child.on('close', (status, signal) => done(status ?? (signal ? 1 : 0)));
});
if (code !== 0) process.exit(code);

const siteDir = resolve(root, outDirOf());
const pages = await buildSearchIndex(siteDir);
console.log(`[search-index] read ${pages} insight pages of ${siteDir} into its search index`);
