/**
 * The image cache: PNGs stored under the digest of what they show, so that a build only draws what changed.
 * It lives outside dist/ (which each build empties), in a folder a CI cache can keep between runs.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Where images are cached: OG_CACHE_DIR when set; else beside Astro's cache when CACHE_DIR moves it (fixture
 * builds keep their own); else node_modules/.cache/og, the folder CI caches conventionally keep.
 */
export function imageCacheDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  if (env['OG_CACHE_DIR']) return resolve(cwd, env['OG_CACHE_DIR']);
  if (env['CACHE_DIR']) return resolve(cwd, env['CACHE_DIR'], 'og');
  return resolve(cwd, 'node_modules/.cache/og');
}

/** What one build did: the images it drew and those it read back from the cache, by name. */
export interface ImageStats {
  rendered: string[];
  cached: string[];
}

// Shared through globalThis: the pages are rendered from bundled chunks, the report is printed by an integration.
const STATS = Symbol.for('futurum.image-stats');
type WithStats = typeof globalThis & { [STATS]?: ImageStats };

export function imageStats(): ImageStats {
  const g = globalThis as WithStats;
  g[STATS] ??= { rendered: [], cached: [] };
  return g[STATS];
}

export function resetImageStats(): void {
  (globalThis as WithStats)[STATS] = { rendered: [], cached: [] };
}

// The cache folder is created once per build, not once per image.
const madeDirs = new Map<string, Promise<unknown>>();
function ensureDir(dir: string): Promise<unknown> {
  let made = madeDirs.get(dir);
  if (!made) {
    made = mkdir(dir, { recursive: true });
    madeDirs.set(dir, made);
  }
  return made;
}

const inFlight = new Map<string, Promise<Buffer>>();
const counted = new Set<string>();

/**
 * The image named `name` whose inputs have digest `digest`: read from the cache when it is there, else drawn by
 * `render` and stored. Each name is counted once per build, as drawn or as read from the cache.
 */
export function cachedImage(name: string, digest: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const key = `${name}\0${digest}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = load(name, digest, render, !counted.has(key));
    counted.add(key);
    inFlight.set(key, pending);
    // Requests made while it is drawn share one promise; once it is settled the PNG is on disk, and holding it
    // here would keep every image of the build in memory.
    pending.then(
      () => inFlight.delete(key),
      () => inFlight.delete(key),
    );
  }
  return pending;
}

async function load(name: string, digest: string, render: () => Promise<Buffer>, count = true): Promise<Buffer> {
  const dir = imageCacheDir();
  const file = join(dir, `${digest}.png`);
  const stats = imageStats();
  try {
    const data = await readFile(file);
    if (count) stats.cached.push(name);
    return data;
  } catch {
    // Not cached yet: draw it.
  }
  const data = await render();
  await ensureDir(dir);
  // Written under a temporary name first, so that an interrupted build never leaves half a PNG in the cache.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
  if (count) stats.rendered.push(name);
  return data;
}
