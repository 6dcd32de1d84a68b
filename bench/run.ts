/**
 * The benchmark (`npm run bench`): builds N synthetic insights with the complete site and with the bare
 * baseline in bench/baseline, on the same machine state, and reports medians; then Lighthouse's mobile
 * preset on the real site. Options:
 *   --sizes 100,1000,4000   insight counts (default)
 *   --runs 3                runs per measurement (medians are reported)
 *   --quick                 sizes 50,200 and one run, for a quick look
 *   --no-lighthouse         skip the Lighthouse part
 *   --sizes ''              Lighthouse only
 * Results: a table on stdout, and JSON and Markdown under bench/results/.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateContent, slugOf } from './lib/generate.ts';
import { dirSize, imageCounts, measure, median, pageCounts, type Measured } from './lib/measure.ts';

const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('quick');
const sizes = (option('sizes') ?? (quick ? '50,200' : '100,1000,4000'))
  .split(',')
  .filter((v) => v !== '')
  .map(Number);
const runs = Number(option('runs') ?? (quick ? 1 : 3));

/** The environment without test-runner variables that would leak into the child builds. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const key of Object.keys(clean))
    if (/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL|NODE_ENV)$/.test(key)) delete clean[key];
  return { ...clean, ...extra, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
}

async function build(
  kind: 'site' | 'baseline',
  contentDir: string,
  outDir: string,
  cacheDir: string,
): Promise<Measured> {
  // The site builds as `npm run build` does (Astro, then the search index); the baseline is a plain `astro build`.
  const args =
    kind === 'site' ? [join(root, 'scripts/build.ts')] : [astro, 'build', '--root', join(root, 'bench/baseline')];
  const result = await measure(process.execPath, args, {
    cwd: root,
    env: env({ CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: cacheDir }),
  });
  if (result.code !== 0) throw new Error(`${kind} build failed:\n${result.log.slice(-4000)}`);
  return result;
}

const mib = (bytes: number) => bytes / 1024 / 1024;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

interface SizeResult {
  n: number;
  photos: number;
  site: { coldMs: number; msPerInsight: number; peakMiB: number; outputMiB: number };
  baseline: { coldMs: number; msPerInsight: number; peakMiB: number; outputMiB: number };
  ratio: number;
  warmOneChangeMs: number;
  warmOneChangeShare: number;
  warmNoChangeMs: number;
  imagesEncodedNoChange: number;
  imagesEncodedOneChange: number;
  /** Routes rendered (not copied from the previous build) after one change, of all routes. */
  routesRenderedOneChange: number;
  routes: number;
  runs: number;
}

async function benchSize(n: number): Promise<SizeResult> {
  const work = await mkdtemp(join(tmpdir(), `bench-${n}-`));
  const contentDir = join(work, 'content');
  const generated = await generateContent(contentDir, n);
  console.log(`\nN = ${n}: ${generated.slugs.length} insights, ${generated.photos} photos in ${work}`);
  const site: Measured[] = [];
  const base: Measured[] = [];
  let siteOut = '';
  let siteCache = '';
  for (let r = 0; r < runs; r++) {
    // Alternate the two builds so that machine noise affects both alike.
    siteOut = join(work, `site-out-${r}`);
    siteCache = join(work, `site-cache-${r}`);
    site.push(await build('site', contentDir, siteOut, siteCache));
    console.log(`  site cold     ${fmt(site.at(-1)!.ms / 1000)} s, peak ${fmt(mib(site.at(-1)!.peakRss), 0)} MiB`);
    const baseOut = join(work, `base-out-${r}`);
    base.push(await build('baseline', contentDir, baseOut, join(work, `base-cache-${r}`)));
    console.log(`  baseline cold ${fmt(base.at(-1)!.ms / 1000)} s, peak ${fmt(mib(base.at(-1)!.peakRss), 0)} MiB`);
  }
  const siteSize = dirSize(siteOut);
  const baseSize = dirSize(join(work, `base-out-${runs - 1}`));

  // Warm rebuilds reuse the last cold build's output and caches.
  const warmOne: Measured[] = [];
  for (let r = 0; r < runs; r++) {
    const file = join(contentDir, 'insights', `${slugOf(1 + r)}.mdx`);
    await appendFile(file, `\nAn added sentence for warm rebuild ${r}.\n`);
    warmOne.push(await build('site', contentDir, siteOut, siteCache));
    console.log(`  warm, one insight changed ${fmt(warmOne.at(-1)!.ms / 1000)} s`);
  }
  const warmNone: Measured[] = [];
  for (let r = 0; r < runs; r++) {
    warmNone.push(await build('site', contentDir, siteOut, siteCache));
    console.log(`  warm, nothing changed     ${fmt(warmNone.at(-1)!.ms / 1000)} s`);
  }
  await rm(work, { recursive: true, force: true });

  const coldMs = median(site.map((m) => m.ms));
  const baseMs = median(base.map((m) => m.ms));
  const oneMs = median(warmOne.map((m) => m.ms));
  return {
    n,
    photos: generated.photos,
    site: {
      coldMs,
      msPerInsight: coldMs / n,
      peakMiB: mib(median(site.map((m) => m.peakRss))),
      outputMiB: mib(siteSize),
    },
    baseline: {
      coldMs: baseMs,
      msPerInsight: baseMs / n,
      peakMiB: mib(median(base.map((m) => m.peakRss))),
      outputMiB: mib(baseSize),
    },
    ratio: coldMs / baseMs,
    warmOneChangeMs: oneMs,
    warmOneChangeShare: oneMs / coldMs,
    warmNoChangeMs: median(warmNone.map((m) => m.ms)),
    imagesEncodedNoChange: Math.max(...warmNone.map((m) => imageCounts(m.log).encoded)),
    imagesEncodedOneChange: Math.max(...warmOne.map((m) => imageCounts(m.log).encoded)),
    routesRenderedOneChange: median(warmOne.map((m) => pageCounts(m.log).written - pageCounts(m.log).copied)),
    routes: pageCounts(warmOne[0]?.log ?? '').written,
    runs,
  };
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

interface LighthouseResult {
  page: string;
  scores: Record<string, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  bytesByType: Record<string, number>;
}

async function lighthouse(): Promise<LighthouseResult[]> {
  const work = await mkdtemp(join(tmpdir(), 'bench-lh-'));
  const outDir = join(work, 'dist');
  await build('site', join(root, 'src/content'), outDir, join(root, 'node_modules/.astro'));
  const port = await freePort();
  const preview = spawn(
    process.execPath,
    [astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: env({ OUT_DIR: outDir }),
      detached: true,
      stdio: 'ignore',
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const pages = { article: '/insights/microsoft-and-sony-teaming-up-is-smart/', home: '/', topic: '/topics/cloud/' };
  const results: LighthouseResult[] = [];
  try {
    for (const [name, path] of Object.entries(pages)) {
      const report = join(work, `${name}.json`);
      const run = await measure(
        process.execPath,
        [
          join(root, 'node_modules/lighthouse/cli/index.js'),
          `${origin}${path}`,
          '--quiet',
          '--output=json',
          `--output-path=${report}`,
          '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        ],
        { cwd: root, env: env({ CHROME_PATH: '/usr/bin/chromium' }) },
      );
      if (run.code !== 0) throw new Error(`lighthouse failed for ${path}:\n${run.log.slice(-3000)}`);
      const lhr = JSON.parse(await readFile(report, 'utf8')) as {
        categories: Record<string, { score: number }>;
        audits: Record<
          string,
          { numericValue?: number; details?: { items?: { resourceType: string; transferSize: number }[] } }
        >;
      };
      const bytesByType: Record<string, number> = {};
      for (const item of lhr.audits['resource-summary']?.details?.items ?? [])
        bytesByType[item.resourceType] = item.transferSize;
      results.push({
        page: path,
        scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, Math.round(v.score * 100)])),
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        bytesByType,
      });
      console.log(`  lighthouse ${path}: ${JSON.stringify(results.at(-1)?.scores)}`);
    }
  } finally {
    if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
    await rm(work, { recursive: true, force: true });
  }
  return results;
}

function table(results: SizeResult[], lh: LighthouseResult[]): string {
  const rows = [
    '| N | photos | site cold (s) | ms/insight | peak (MiB) | output (MiB) | baseline cold (s) | baseline ms/insight | ratio | warm, 1 changed (s) | share of cold | routes rendered, 1 changed | warm, none changed (s) | images re-encoded (none / one changed) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results
      .map((r) =>
        [
          r.n,
          r.photos,
          fmt(r.site.coldMs / 1000),
          fmt(r.site.msPerInsight),
          fmt(r.site.peakMiB, 0),
          fmt(r.site.outputMiB),
          fmt(r.baseline.coldMs / 1000),
          fmt(r.baseline.msPerInsight),
          `${fmt(r.ratio, 2)}×`,
          fmt(r.warmOneChangeMs / 1000),
          `${fmt(r.warmOneChangeShare * 100, 0)}%`,
          `${r.routesRenderedOneChange} of ${r.routes}`,
          fmt(r.warmNoChangeMs / 1000),
          `${r.imagesEncodedNoChange} / ${r.imagesEncodedOneChange}`,
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
  ];
  if (lh.length > 0) {
    rows.push(
      '',
      '| page | performance | accessibility | best practices | SEO | LCP (ms) | CLS | TBT (ms) | bytes by type |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    );
    for (const l of lh) {
      const bytes = Object.entries(l.bytesByType)
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `${k} ${fmt(v / 1024)} KiB`)
        .join(', ');
      rows.push(
        `| ${l.page} | ${l.scores['performance']} | ${l.scores['accessibility']} | ${l.scores['best-practices']} | ${l.scores['seo']} | ${fmt(l.lcpMs, 0)} | ${fmt(l.cls, 3)} | ${fmt(l.tbtMs, 0)} | ${bytes} |`,
      );
    }
  }
  return rows.join('\n');
}

const results: SizeResult[] = [];
for (const n of sizes) results.push(await benchSize(n));
const lh = flag('no-lighthouse') ? [] : await lighthouse();
const md = table(results, lh);
console.log(`\n${md}\n`);
const dir = join(root, 'bench/results');
await mkdir(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const machine = {
  cores: (await import('node:os')).cpus().length,
  memoryGiB: Math.round((await import('node:os')).totalmem() / 2 ** 30),
  node: process.version,
};
await writeFile(join(dir, `bench-${stamp}.json`), JSON.stringify({ machine, runs, results, lighthouse: lh }, null, 2));
await writeFile(
  join(dir, 'latest.md'),
  `Machine: ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; medians of ${runs} run(s).\n\n${md}\n`,
);
console.log(`Results written to bench/results/bench-${stamp}.json and bench/results/latest.md`);
