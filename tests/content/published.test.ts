import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/preview';
import { buildFixture, cleanEnv, root, writeContent, type BuildResult } from '../fixtures/build-fixture';
import { contentWith, type FixtureInsight } from '../fixtures/minimal-content';
import { indexedUrls } from '../fixtures/search-index';

const insights: FixtureInsight[] = [
  { slug: 'public-one', title: 'Public insight one', pubDate: '2024-05-01', topics: ['cloud'] },
  { slug: 'public-two', title: 'Public insight two', pubDate: '2024-06-01', topics: ['cloud'] },
  { slug: 'a-draft', title: 'Secret draft insight', pubDate: '2024-05-15', topics: ['cloud', 'gaming'], draft: true },
  {
    slug: 'scheduled',
    title: 'Scheduled future insight',
    pubDate: '2999-01-01',
    topics: ['gaming'],
    authors: ['john-roe'],
  },
];
const hidden = ['a-draft', 'scheduled'];
const hiddenTitles = ['Secret draft insight', 'Scheduled future insight'];

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

describe('drafts and scheduled insights in a production build', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildFixture(contentWith(insights));
    expect(build.code, build.output).toBe(0);
  });

  it('have no page', () => {
    const pages = allFiles(build.outDir).map((f) => relative(build.outDir, f));
    expect(pages).toContain('insights/public-one/index.html');
    for (const slug of hidden) expect(pages.some((p) => p.includes(slug))).toBe(false);
  });

  it('appear in no page, feed, sitemap or other text output', () => {
    const texts = allFiles(build.outDir).filter((f) => /\.(html|xml|json|txt)$/.test(f));
    expect(texts.some((f) => f.endsWith('rss.xml'))).toBe(true);
    expect(texts.some((f) => f.endsWith('feed.json'))).toBe(true);
    expect(texts.some((f) => f.includes('sitemap'))).toBe(true);
    for (const file of texts) {
      const body = readFileSync(file, 'utf8');
      for (const needle of [...hidden.map((s) => `/insights/${s}/`), ...hiddenTitles]) {
        expect(body.includes(needle), `${relative(build.outDir, file)} mentions ${needle}`).toBe(false);
      }
    }
  });

  it('are not in the search index, which has exactly the published insights', () => {
    expect(indexedUrls(build.outDir)).toEqual(['/insights/public-one/', '/insights/public-two/']);
  });

  it('do not make an empty topic appear: gaming has only hidden insights', () => {
    const pages = allFiles(build.outDir).map((f) => relative(build.outDir, f));
    expect(pages.some((p) => p.startsWith('topics/gaming/'))).toBe(false);
  });
});

describe('drafts and scheduled insights in astro dev', () => {
  let origin = '';
  let stop: () => void = () => {};
  let log = '';
  beforeAll(async () => {
    const { contentDir } = await writeContent(contentWith(insights));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--ignore-lock',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      {
        cwd: root,
        env: { ...cleanEnv(), CONTENT_DIR: contentDir, CACHE_DIR: join(contentDir, '..', 'dev-cache'), NO_COLOR: '1' },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    stop = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`${origin}/`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`astro dev did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  });
  afterAll(() => stop());

  it('are visible with a badge', async () => {
    const draft = await fetch(`${origin}/insights/a-draft/`);
    expect(draft.status, log).toBe(200);
    expect(await draft.text()).toContain('Draft: not published');
    const scheduled = await fetch(`${origin}/insights/scheduled/`);
    expect(scheduled.status).toBe(200);
    expect(await scheduled.text()).toContain('Scheduled: not published until its date');
  });

  it('are listed in the archive', async () => {
    const archive = await (await fetch(`${origin}/insights/`)).text();
    for (const title of hiddenTitles) expect(archive).toContain(title);
  });
});
