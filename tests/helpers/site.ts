import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file lives in tests/helpers/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built site the quality gates check. */
export const distDir = path.join(repoRoot, 'dist');

/** Binaries run with the same Node as the tests (the project's Node 24), never whatever `node` is on PATH. */
export const astroBin = path.join(repoRoot, 'node_modules/.bin/astro');
export const vnuJar = path.join(repoRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** Every file under `dir` whose name ends with `.html`, absolute and sorted. */
export function listHtmlFiles(dir: string = distDir): string[] {
  if (!existsSync(path.join(dir, 'index.html'))) {
    // Not a skip: a missing build must fail the gate loudly.
    throw new Error(`No built site in ${dir}: run \`npm run build\` before \`vitest run --project site\`.`);
  }
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  return files.sort();
}

export interface BuiltPage {
  /** Path of the HTML file relative to dist/, e.g. `insights/foo/index.html`. */
  file: string;
  /** URL path the preview server serves it at, e.g. `/insights/foo/`. */
  urlPath: string;
}

/**
 * Every page of the built site as a URL path: each `index.html` maps to its folder with a trailing slash
 * (the site uses `trailingSlash: 'always'`), and any other HTML file (404.html) is requested by its file name.
 */
export function listBuiltPages(dir: string = distDir): BuiltPage[] {
  return listHtmlFiles(dir).map((absolute) => {
    const file = path.relative(dir, absolute).split(path.sep).join('/');
    const urlPath =
      file === 'index.html'
        ? '/'
        : file.endsWith('/index.html')
          ? `/${file.slice(0, -'index.html'.length)}`
          : `/${file}`;
    return { file, urlPath };
  });
}

export interface SiteSnapshot {
  /** The copy's root, to use in place of dist/. */
  dir: string;
  /** Deletes the copy. */
  remove: () => void;
}

/**
 * A private copy of the built site, taken now. Checks that run for a while (a browser over every page) use it
 * so that someone running `npm run build` meanwhile cannot swap pages out from under them; the copy is what
 * dist/ held when the check started. Synchronous, so a test file can take it while it is being collected.
 */
export function snapshotBuiltSite(source: string = distDir): SiteSnapshot {
  listHtmlFiles(source); // Fails loudly when there is no build.
  const base = mkdtempSync(path.join(tmpdir(), 'built-site-'));
  const dir = path.join(base, 'dist');
  cpSync(source, dir, { recursive: true });
  return { dir, remove: () => rmSync(base, { recursive: true, force: true }) };
}
