import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from './search-index';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

describe('buildSearchIndex', () => {
  let site = '';
  afterAll(() => rm(site, { recursive: true, force: true }));

  it('indexes the insight pages of a built site into its pagefind folder, and reads no other page', async () => {
    site = await mkdtemp(join(tmpdir(), 'search-index-'));
    await mkdir(join(site, 'insights/a'), { recursive: true });
    await mkdir(join(site, 'insights/b'), { recursive: true });
    await writeFile(join(site, 'index.html'), page('Home', 'Welcome to the research site.'));
    await writeFile(join(site, 'insights/a/index.html'), page('Cloud margins', 'Hyperscaler margins widened.'));
    await writeFile(join(site, 'insights/b/index.html'), page('Edge AI', 'Inference moved to the edge.'));
    expect(await buildSearchIndex(site)).toBe(2);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    // The home page carries data-pagefind-body here, yet it is not an insight page: only the two insights are in.
    expect((await readdir(join(site, 'pagefind/fragment'))).length).toBe(2);
  }, 60_000);
});
