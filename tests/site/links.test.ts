/**
 * Links of the built site (dist/): every internal link, asset reference and #fragment must resolve.
 * External links are skipped, never fetched (the gate runs without network).
 *
 * Equivalent to
 *   npx linkinator "**\/*.html" --server-root dist --check-fragments \
 *     --skip "^https?://(?!127\.0\.0\.1|localhost)" --format json
 * through linkinator's Node API, plus `checkCss` so that url() references in the stylesheets (fonts) count too.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check, LinkState, type LinkResult } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, listBuiltPages, snapshotBuiltSite } from '../helpers/site';

const skipExternal = String.raw`^https?://(?!127\.0\.0\.1|localhost)`;

async function checkLinks(serverRoot: string) {
  // linkinator mis-strips glob results when serverRoot is '.', so it always gets an absolute folder.
  return check({
    path: '**/*.html',
    serverRoot: path.resolve(serverRoot),
    checkFragments: true,
    checkCss: true,
    linksToSkip: [skipExternal],
    concurrency: 8,
    timeout: 20_000,
  });
}

const describeLink = (link: LinkResult) =>
  `${link.state} ${link.status ?? '-'} ${link.url}${link.parent ? `  (linked from ${link.parent})` : ''}`;

describe('links in the built site', () => {
  it('has no broken internal link, asset or #fragment', async () => {
    // A copy of dist/, so that a build someone starts meanwhile cannot change the pages under the checker.
    const site = snapshotBuiltSite();
    const pages = listBuiltPages(site.dir);
    let result: Awaited<ReturnType<typeof checkLinks>>;
    try {
      result = await checkLinks(site.dir);
    } finally {
      site.remove();
    }
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
    expect(broken.map(describeLink)).toEqual([]);
    expect(result.passed).toBe(true);
    // Every built page was actually checked (guards against a glob that matched nothing useful).
    const checked = new Set(result.links.filter((l) => l.state === LinkState.OK).map((l) => l.url.replace(/^\//, '')));
    const unchecked = pages.map((p) => p.file).filter((file) => !checked.has(file));
    expect(unchecked).toEqual([]);
    // No link may have been fetched from outside this machine.
    const external = result.links.filter((l) => /^https?:\/\//.test(l.url) && l.state !== LinkState.SKIPPED);
    expect(external.map(describeLink)).toEqual([]);
  });

  describe('catches broken links (self-check on a copy of dist/)', () => {
    let root: string;
    let result: Awaited<ReturnType<typeof checkLinks>>;
    const target = listBuiltPages().find((p) => p.file.startsWith('insights/') && p.file !== 'insights/index.html');

    beforeAll(async () => {
      if (!target) throw new Error('No built insight page to link to');
      root = await mkdtemp(path.join(tmpdir(), 'linkinator-selfcheck-'));
      const site = path.join(root, 'site');
      await cp(distDir, site, { recursive: true });
      await mkdir(path.join(site, 'broken-links'), { recursive: true });
      await writeFile(
        path.join(site, 'broken-links/index.html'),
        `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Broken links</title></head>
  <body>
    <h1 id="present">Broken links</h1>
    <a href="#present">existing fragment on this page</a>
    <a href="#missing-here">missing fragment on this page</a>
    <a href="${target.urlPath}#missing-there">missing fragment on another page</a>
    <a href="/no-such-page/">missing page</a>
    <a href="https://example.com/elsewhere/">external link</a>
  </body>
</html>
`,
      );
      result = await checkLinks(site);
    });

    afterAll(async () => {
      if (root) await rm(root, { recursive: true, force: true });
    });

    it('reports the missing #fragments and the missing internal page, and not the valid links', () => {
      // Only the injected page's links: the rest of the copy is the real site, which the test above judges.
      const broken = result.links.filter(
        (link) => link.state === LinkState.BROKEN && link.parent?.replace(/^\//, '') === 'broken-links/index.html',
      );
      const urls = broken.map((link) => link.url.replace(/^\//, ''));
      expect(result.passed).toBe(false);
      expect(urls).toContain('broken-links/index.html#missing-here');
      expect(urls).toContain(`${target!.urlPath.slice(1)}#missing-there`);
      expect(urls).toContain('no-such-page/');
      expect(broken.map(describeLink)).toHaveLength(3);
    });

    it('skips the external link instead of fetching it', () => {
      const external = result.links.filter((link) => link.url.startsWith('https://example.com/'));
      expect(external).toHaveLength(1);
      expect(external[0]?.state).toBe(LinkState.SKIPPED);
    });
  });
});
