import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedImage, imageCacheDir, imageStats, resetImageStats } from './cache';

describe('imageCacheDir', () => {
  it('is OG_CACHE_DIR, else beside Astro’s moved cache, else node_modules/.cache/og', () => {
    expect(imageCacheDir({ OG_CACHE_DIR: '/ci/og', CACHE_DIR: '/x' }, '/repo')).toBe('/ci/og');
    expect(imageCacheDir({ CACHE_DIR: '/tmp/f/cache' }, '/repo')).toBe('/tmp/f/cache/og');
    expect(imageCacheDir({}, '/repo')).toBe('/repo/node_modules/.cache/og');
  });
});

describe('cachedImage', () => {
  let saved: string | undefined;
  beforeEach(async () => {
    saved = process.env['OG_CACHE_DIR'];
    process.env['OG_CACHE_DIR'] = await mkdtemp(join(tmpdir(), 'og-cache-test-'));
    resetImageStats();
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['OG_CACHE_DIR'];
    else process.env['OG_CACHE_DIR'] = saved;
  });

  it('draws an image once, then reads it back while its digest is the same', async () => {
    let draws = 0;
    const render = async () => Buffer.from(`png ${++draws}`);
    const first = await cachedImage('a', 'd1', render);
    // A second build, as far as the cache knows: a fresh process has no in-flight promises.
    const second = await cachedImage('a-again', 'd1', render);
    expect(draws).toBe(1);
    expect(second.equals(first)).toBe(true);
    expect(imageStats()).toEqual({ rendered: ['a'], cached: ['a-again'] });

    await cachedImage('a', 'd2', render);
    expect(draws).toBe(2);
    const dir = imageCacheDir();
    expect((await readdir(dir)).sort()).toEqual(['d1.png', 'd2.png']);
    expect((await readFile(join(dir, 'd2.png'))).toString()).toBe('png 2');
  });

  it('draws an image only once when pages ask for it at the same time', async () => {
    let draws = 0;
    const render = async () => Buffer.from(`png ${++draws}`);
    await Promise.all([cachedImage('b', 'd3', render), cachedImage('b', 'd3', render)]);
    expect(draws).toBe(1);
    expect(imageStats().rendered).toEqual(['b']);
  });

  it('keeps no image in memory once drawn, and counts a name once when asked for it again', async () => {
    let draws = 0;
    const render = async () => Buffer.from(`png ${++draws}`);
    const first = await cachedImage('c', 'd4', render);
    const again = await cachedImage('c', 'd4', render);
    expect(draws).toBe(1);
    expect(again).not.toBe(first);
    expect(again.equals(first)).toBe(true);
    expect(imageStats()).toEqual({ rendered: ['c'], cached: [] });
  });
});
