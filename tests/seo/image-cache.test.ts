/**
 * Generated images are cached by a digest of what they show: a second build with no content change renders
 * none, and changing one title renders that insight's image again, and only it. Three builds of one content
 * folder share one CACHE_DIR (the image cache is `<CACHE_DIR>/og/`), as consecutive CI runs of one checkout share
 * a kept cache.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, writeContent, type BuildResult } from '../fixtures/build-fixture';
import { contentWith, type FixtureInsight } from '../fixtures/minimal-content';

interface Report {
  rendered: string[];
  cached: string[];
  /** Images whose page Astro's incremental build copied from the previous build. */
  restored: string[];
}

/** Every image a build did not draw: read from the image cache, or copied with its page. */
const reused = (report: Report) => [...report.cached, ...report.restored].sort();

const insights: FixtureInsight[] = [
  { slug: 'first', pubDate: '2024-03-01', title: 'The first insight' },
  { slug: 'second', pubDate: '2024-03-02', title: 'The second insight', topics: ['gaming'] },
];

describe('the generated image cache', () => {
  const builds: { build: BuildResult; report: Report; seconds: number; cached: string[] }[] = [];
  let cacheDir: string;
  let content: { base: string; contentDir: string };

  async function buildAndReport() {
    const started = performance.now();
    // Astro's own cache in CACHE_DIR remembers the content folder's path: every build reads the same folder.
    const build = await buildFixture({}, { CONTENT_DIR: content.contentDir, CACHE_DIR: cacheDir });
    const seconds = (performance.now() - started) / 1000;
    if (build.code !== 0) throw new Error(`The fixture did not build:\n${build.output}`);
    const report = JSON.parse(readFileSync(path.join(cacheDir, 'og', 'last-build.json'), 'utf8')) as Report;
    const line = build.output.match(/\[image-report\] .*/)?.[0] ?? '(no report line)';
    console.log(`build ${builds.length + 1}: ${line} — ${seconds.toFixed(1)} s`);
    const cached = (await readdir(path.join(cacheDir, 'og'))).filter((f) => f.endsWith('.png'));
    builds.push({ build, report, seconds, cached });
    await rm(path.dirname(build.outDir), { recursive: true, force: true });
  }

  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), 'og-cache-'));
    content = await writeContent(contentWith(insights));
    await buildAndReport();
    await buildAndReport();
    const retitled = contentWith([{ ...insights[0]!, title: 'The first insight, retitled' }, insights[1]!]);
    await writeFile(path.join(content.contentDir, 'insights/first.mdx'), retitled['insights/first.mdx']!);
    await buildAndReport();
  });

  afterAll(async () => {
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
    if (content) await rm(content.base, { recursive: true, force: true });
  });

  it('renders every image on the first build, into the cache folder', () => {
    const { report, build, cached: files } = builds[0]!;
    expect(reused(report)).toEqual([]);
    expect([...report.rendered].sort()).toEqual(
      expect.arrayContaining([
        'site',
        'insights/first',
        'insights/second',
        'topics/cloud',
        'topics/gaming',
        'authors/jane-doe',
        'authors/john-roe',
        'icons/favicon-48',
        'icons/apple-touch-icon',
      ]),
    );
    expect(build.output).toMatch(new RegExp(`${report.rendered.length} image\\(s\\) rendered, 0 reused`));
    expect(files).toHaveLength(report.rendered.length);
    for (const f of files) expect(f).toMatch(/^[0-9a-f]{64}\.png$/);
  });

  it('renders zero images when nothing changed', () => {
    const [first, second] = builds;
    expect(second!.report.rendered).toEqual([]);
    expect(reused(second!.report)).toEqual([...first!.report.rendered].sort());
    // Share images are copied with their unchanged pages; icons are read back from the image cache.
    expect(second!.report.restored).toEqual(expect.arrayContaining(['site', 'insights/first', 'topics/cloud']));
    expect(second!.report.cached).toEqual(expect.arrayContaining(['icons/favicon-48']));
    expect(second!.build.output).toMatch(/\[image-report\] 0 image\(s\) rendered, \d+ reused from the cache/);
  });

  it('renders only the retitled insight’s image when one title changes', () => {
    const third = builds[2]!;
    expect(third.report.rendered).toEqual(['insights/first']);
    expect(reused(third.report)).toHaveLength(builds[0]!.report.rendered.length - 1);
    // The old image stays in the cache beside the new one (a revert would find it again).
    expect(third.cached).toHaveLength(builds[0]!.cached.length + 1);
  });
});
