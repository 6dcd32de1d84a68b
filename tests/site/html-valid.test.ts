/**
 * HTML conformance of the built site (dist/): the W3C Nu checker and html-validate must both report zero
 * errors on every page, and no page may carry a `style` attribute (the CSP allows no inline styles).
 *
 * html-validate runs with `.htmlvalidate.json` at the repository root, which extends
 * `html-validate:recommended` and currently turns NO rule off. If a rule ever has to be disabled there, it must
 * be because valid output that Astro necessarily produces trips it, and the reason goes in this list:
 *   (none)
 * `no-inline-style` in particular must stay on.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHtmlFiles, repoRoot, snapshotBuiltSite, vnuJar, type SiteSnapshot } from '../helpers/site';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

let site: SiteSnapshot | undefined;
/** A checked file as the path of its original in dist/. */
const rel = (file: string) => (site ? `dist/${path.relative(site.dir, file)}` : file);

/** Runs the Nu checker once over all files; it prints its JSON report on stderr. */
function runVnu(files: string[]): Promise<{ code: number; report: { messages: VnuMessage[] }; raw: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const raw = `${stderr}${stdout}`.trim();
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        try {
          resolve({ code, report: JSON.parse(stderr) as { messages: VnuMessage[] }, raw });
        } catch {
          reject(new Error(`The Nu checker did not print a JSON report (exit ${code}):\n${raw}`));
        }
      },
    );
  });
}

const formatVnu = (m: VnuMessage) => {
  const file = m.url ? rel(new URL(m.url).pathname) : '(no file)';
  return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'} [${m.type}${m.subType ? `/${m.subType}` : ''}] ${m.message}${m.extract ? `\n    ${m.extract.replaceAll('\n', ' ')}` : ''}`;
};

/**
 * Every element start tag that carries a `style` attribute (any case, with or without a value), by line.
 * Attribute values, comments and the contents of script and style elements are not mistaken for attributes.
 */
function findStyleAttributes(html: string): { line: number; tag: string }[] {
  // Blank out what is not markup, keeping offsets (and so line numbers) intact.
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(
      /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi,
      (_m, open: string, _n, body: string, close: string) => {
        return open + blank(body) + close;
      },
    );
  const found: { line: number; tag: string }[] = [];
  const tagPattern = /<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attributePattern = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
  for (const tag of markup.matchAll(tagPattern)) {
    const names = [...(tag[1] ?? '').matchAll(attributePattern)].map((a) => (a[1] ?? '').toLowerCase());
    if (names.includes('style')) {
      found.push({ line: markup.slice(0, tag.index).split('\n').length, tag: tag[0].slice(0, 160) });
    }
  }
  return found;
}

describe('built HTML', () => {
  let files: string[];

  beforeAll(() => {
    // A copy of dist/, so that a build someone starts meanwhile cannot change the files under the checkers.
    site = snapshotBuiltSite();
    files = listHtmlFiles(site.dir);
  });

  afterAll(() => site?.remove());

  it('finds the built pages', () => {
    // Guards the other tests against passing vacuously on an empty or half-built dist/.
    expect(files.length).toBeGreaterThan(1);
    expect(files.map(rel)).toContain('dist/index.html');
    expect(files.map(rel)).toContain('dist/404.html');
  });

  it('has zero errors from the W3C Nu HTML checker', async () => {
    const { code, report, raw } = await runVnu(files);
    const errors = report.messages.filter((m) => m.type !== 'info');
    expect(errors.map(formatVnu), `Nu checker output:\n${raw}`).toEqual([]);
    // The checker exits non-zero on errors; a non-zero exit without messages means it did not check.
    expect(code, raw).toBe(0);
  });

  it('has zero errors from html-validate (html-validate:recommended)', async () => {
    // The repository's configuration, stated explicitly: the copy under the temporary folder is outside the repository.
    const config = JSON.parse(await readFile(path.join(repoRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    const htmlvalidate = new HtmlValidate(new StaticConfigLoader(config));
    const report = await htmlvalidate.validateMultipleFiles(files);
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${rel(result.filePath)}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`),
    );
    expect(problems).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('has no style attribute on any element', async () => {
    const offenders: string[] = [];
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      for (const found of findStyleAttributes(html)) offenders.push(`${rel(file)}:${found.line}: ${found.tag}`);
    }
    expect(offenders).toEqual([]);
  });

  it('makes no render-blocking request: the stylesheet is inside the page, and the CSP allows it by its hash', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      for (const link of head.match(/<link\b[^>]*\brel="?stylesheet\b[^>]*>/gi) ?? [])
        problems.push(`${rel(file)}: ${link}`);
      for (const script of head.match(/<script\b[^>]*\bsrc=[^>]*>/gi) ?? [])
        if (!/\b(async|defer)\b|type="module"/.test(script)) problems.push(`${rel(file)}: ${script}`);
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
      const allowed = new Set(/style-src([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/));
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
      // The layer order and the site's stylesheet, at least.
      if (styles.length < 2) problems.push(`${rel(file)}: ${styles.length} inline style(s)`);
      for (const css of styles) {
        const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
        if (!allowed.has(hash)) problems.push(`${rel(file)}: style ${css.slice(0, 60)}… is not in the CSP`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the style attribute scan finds style attributes, and only those (self-check)', () => {
    const sample = [
      '<p class="a" style="color:red">x</p>',
      "<div\n  data-x='1'\n  STYLE = 'margin:0'>",
      '<img alt="a style guide" src="x.png">',
      '<meta name="description" content="lifestyle style=free">',
      '<script>const t = `<b style="x">`;</script>',
      '<!-- <i style="x"> -->',
      '<td nowrap style>',
    ].join('\n');
    // The second sample tag spans lines 2 to 4, so the last one is on line 9.
    expect(findStyleAttributes(sample).map((f) => f.line)).toEqual([1, 2, 9]);
  });

  it('the Nu checker really reports errors (self-check)', async () => {
    // Without this, a checker that silently checked nothing would look like a clean site.
    const dir = await mkdtemp(path.join(tmpdir(), 'vnu-selfcheck-'));
    try {
      const bad = path.join(dir, 'bad.html');
      await writeFile(
        bad,
        '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>',
      );
      const { report } = await runVnu([bad]);
      expect(report.messages.filter((m) => m.type === 'error').length).toBeGreaterThan(0);
      expect(report.messages[0]?.url).toBe(pathToFileURL(bad).href.replace('file:///', 'file:/'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
