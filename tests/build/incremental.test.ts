/**
 * The incremental build (Astro's experimental.incrementalBuild, keyed by src/lib/page-cache-keys.ts) copies a
 * page from the previous build when nothing it shows has changed. It must never leave a stale page: after an
 * edit, the incremental build's output must be what a cold build of the same content writes, file for file.
 * Builds share one CACHE_DIR, as consecutive CI runs of one checkout share a kept cache.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, writeContent, type BuildResult } from '../fixtures/build-fixture';
import { contentWith, type FixtureInsight } from '../fixtures/minimal-content';

// Ten cloud insights by Jane a month apart, and two gaming insights by John. An insight's related insights are
// its nearest cloud neighbours, so an edit to the newest one leaves the oldest one's page as it was.
const cloud: FixtureInsight[] = Array.from({ length: 10 }, (_, k) => ({
  slug: `cloud-${k + 1}`,
  pubDate: `2024-${String(k + 1).padStart(2, '0')}-01`,
  title: `Cloud ${k + 1}`,
}));
const edited = 'cloud-10';
const insights: FixtureInsight[] = [
  ...cloud.map((i) => (i.slug === edited ? { ...i, body: 'The original body of cloud ten.' } : i)),
  { slug: 'game-1', pubDate: '2024-11-01', title: 'Game one', topics: ['gaming'], authors: ['john-roe'] },
  { slug: 'game-2', pubDate: '2024-11-02', title: 'Game two', topics: ['gaming'], authors: ['john-roe'] },
];

/** Every text file a reader or a feed reader gets, by path; the build clock's own stamps left out. */
async function textOutput(outDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|xml|json)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(outDir, file);
    if (relative.startsWith('pagefind')) continue;
    const text = readFileSync(file, 'utf8')
      // When the feed document was built: RSS lastBuildDate and the JSON Feed generator extension.
      .replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/g, '<lastBuildDate/>')
      .replace(/"built": "[^"]*"/g, '"built": ""');
    files.set(relative, text);
  }
  return files;
}

describe('the incremental build', () => {
  let cacheDir: string;
  let content: { base: string; contentDir: string };
  const builds: BuildResult[] = [];
  let cold: BuildResult;
  const outputs: Map<string, string>[] = [];

  /**
   * Builds the content; with `outDir`, into that folder. Consecutive builds write to one output folder, as CI
   * does: Astro's hash of an insight's compiled MDX (one of the things it checks before copying a page) differs
   * between output folders.
   */
  async function build(cache: string, outDir?: string): Promise<BuildResult> {
    const env = { CONTENT_DIR: content.contentDir, CACHE_DIR: cache, ...(outDir ? { OUT_DIR: outDir } : {}) };
    const result = await buildFixture({}, env);
    if (result.code !== 0) throw new Error(`The fixture did not build:\n${result.output}`);
    outputs.push(await textOutput(outDir ?? result.outDir));
    return result;
  }

  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), 'incremental-cache-'));
    content = await writeContent(contentWith(insights));
    const outDir = path.join(content.base, 'dist');
    builds.push(await build(cacheDir, outDir));
    builds.push(await build(cacheDir, outDir));
    // Edits: one insight's title and body, which its neighbours' related cards show, and the name of an author.
    const files = contentWith(
      insights.map((i) =>
        i.slug === edited ? { ...i, title: 'Cloud ten, retitled', body: 'The edited body of cloud ten.' } : i,
      ),
    );
    await writeFile(path.join(content.contentDir, `insights/${edited}.mdx`), files[`insights/${edited}.mdx`]!);
    await writeFile(path.join(content.contentDir, 'authors/john-roe.json'), JSON.stringify({ name: 'John Roe-Smith' }));
    builds.push(await build(cacheDir, outDir));
    // The same content, built cold with a cache of its own.
    const coldCache = await mkdtemp(path.join(tmpdir(), 'incremental-cold-'));
    cold = await build(coldCache);
    await rm(coldCache, { recursive: true, force: true });
  }, 240_000);

  afterAll(async () => {
    for (const b of [...builds, cold]) if (b) await rm(path.dirname(b.outDir), { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
    await rm(content.base, { recursive: true, force: true });
  });

  const plain = (b: BuildResult) => b.output.replace(/\u001b\[[0-9;]*m/g, '');
  const restored = (b: BuildResult) => plain(b).match(/\((restored|cached)\)/g)?.length ?? 0;
  /** Whether the build copied `file` from the previous one (Astro logs "├─ <file> (restored)"). */
  const copied = (b: BuildResult, file: string) =>
    new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\((restored|cached)\\)`).test(plain(b));

  it('renders everything on the first build', () => {
    expect(restored(builds[0]!)).toBe(0);
  });

  it('copies every keyed page when nothing changed, and writes the same site', () => {
    const second = builds[1]!;
    for (const i of insights) expect(copied(second, `/insights/${i.slug}/index.html`), i.slug).toBe(true);
    expect(copied(second, '/topics/cloud/index.html')).toBe(true);
    expect(copied(second, '/authors/jane-doe/atom.xml')).toBe(true);
    expect([...outputs[1]!.entries()]).toEqual([...outputs[0]!.entries()]);
  });

  it('renders again the pages that show an edited insight or author, and copies the others', () => {
    const third = builds[2]!;
    // The edited insight, the feeds that carry it, and the pages that name John.
    expect(copied(third, `/insights/${edited}/index.html`)).toBe(false);
    expect(copied(third, '/authors/jane-doe/atom.xml')).toBe(false);
    expect(copied(third, '/insights/game-1/index.html')).toBe(false);
    expect(copied(third, '/authors/john-roe/index.html')).toBe(false);
    expect(copied(third, '/topics/gaming/rss.xml')).toBe(false);
    // The oldest insight shows neither: its page is copied.
    expect(copied(third, '/insights/cloud-1/index.html')).toBe(true);
  });

  it('writes, after the edits, exactly what a cold build of the same content writes', () => {
    const incremental = outputs[2]!;
    const fresh = outputs[3]!;
    expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [file, text] of fresh) expect(incremental.get(file), file).toBe(text);
    // And the edits are there: no page or feed names the author by the old name or shows the old body.
    for (const [file, text] of incremental) {
      expect(text, file).not.toMatch(/John Roe(?!-Smith)/);
      expect(text, file).not.toContain('The original body of cloud ten.');
      expect(text, file).not.toMatch(/Cloud 10(?!\d)/);
    }
    expect(incremental.get(`insights/${edited}/index.html`)).toContain('The edited body of cloud ten.');
  });
});
