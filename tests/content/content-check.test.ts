/**
 * `npm run check:content` (scripts/check-content.ts) end to end: on the real content it finds no error; on a
 * fixture content folder (CONTENT_DIR) that breaks one rule it exits with 1 and names the file and line; on the
 * same folder without the mistake it exits with 0. Warnings are printed and do not fail. The rules themselves
 * are unit-tested in src/lib/content-check/.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, writeContent } from '../fixtures/build-fixture';
import { minimalContent, validInsight } from '../fixtures/minimal-content';

function checkContent(contentDir?: string): Promise<{ code: number; output: string }> {
  const env = { ...process.env };
  if (contentDir) env['CONTENT_DIR'] = contentDir;
  else delete env['CONTENT_DIR'];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['scripts/check-content.ts'], { cwd: root, env }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}` });
    });
  });
}

async function checkFiles(files: Record<string, string | Buffer>) {
  const { contentDir } = await writeContent(files);
  return checkContent(contentDir);
}

/** The minimal content with the body of its one insight replaced (its body starts at line 11). */
const withBody = (body: string, frontmatter: Record<string, string> = {}) =>
  minimalContent(validInsight(frontmatter).replace('A paragraph of body text.\n', `${body}\n`));
const FILE = 'insights/an-insight.mdx';

describe('npm run check:content', () => {
  let photo: Buffer;
  beforeAll(async () => {
    photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
  });

  it('finds no error in the real content (the seed’s long descriptions are warnings)', async () => {
    const { code, output } = await checkContent();
    expect(output).toMatch(/^0 errors, \d+ warnings in \d+ insights$/m);
    expect(output).toMatch(
      /microsoft-and-sony-teaming-up-is-smart\.mdx:3:14 {2}warning {2}the description has \d+ characters/,
    );
    expect(code, output).toBe(0);
  });

  it('passes the minimal valid content without a word', async () => {
    const { code, output } = await checkFiles(minimalContent());
    expect(output.trim()).toBe('0 errors, 0 warnings in 1 insight');
    expect(code).toBe(0);
  });

  // Each rule: content that breaks it (exit 1, file:line and the rule named) and the same content fixed (exit 0).
  it.each([
    ['alt-text', withBody('![](./photo.png)'), withBody('![A square of blue](./photo.png)'), 11],
    ['heading-levels', withBody('## One\n\n#### Skipped'), withBody('## One\n\n### Two'), 13],
    [
      'insight-links',
      withBody('See [the other](/insights/no-such-insight/).'),
      withBody('See [the other](/insights/an-insight/).'),
      11,
    ],
    ['images', withBody('![A chart](./missing.png)'), withBody('![A chart](./photo.png)'), 11],
    [
      'duplicates',
      { ...minimalContent(), 'insights/copy.mdx': validInsight() },
      { ...minimalContent(), 'insights/copy.mdx': validInsight({ title: "'Another title'" }) },
      2,
    ],
    [
      'placeholders',
      withBody('TODO: write the insight here.'),
      withBody('TODO: write the insight here.', { draft: 'true' }),
      11,
    ],
  ])('%s: an error fails the check with file and line; the fixed content passes', async (rule, broken, fixed, line) => {
    const bad = await checkFiles({ ...broken, 'insights/photo.png': photo });
    expect(bad.output).toMatch(new RegExp(`${FILE.replace('.', '\\.')}:${line}:\\d+ {2}error {4}.+ {2}\\(${rule}\\)`));
    expect(bad.output).toMatch(/\d+ errors?, \d+ warnings? in \d+ insights?: fix the errors before publishing/);
    expect(bad.code, bad.output).toBe(1);
    const good = await checkFiles({ ...fixed, 'insights/photo.png': photo });
    expect(good.output).not.toContain('error  ');
    expect(good.code, good.output).toBe(0);
  });

  it.each([
    ['description-length', { description: "'Too short.'" }, 3],
    ['title-length', { title: `'${'A very long title '.repeat(5).trim()}'` }, 2],
  ])('%s: advice is printed as a warning, with file and line, and does not fail', async (rule, frontmatter, line) => {
    const { code, output } = await checkFiles(minimalContent(validInsight(frontmatter)));
    expect(output).toMatch(new RegExp(`${FILE.replace('.', '\\.')}:${line}:\\d+ {2}warning {2}.+ {2}\\(${rule}\\)`));
    expect(output).toContain('0 errors, 1 warning in 1 insight');
    expect(code, output).toBe(0);
    const { output: fine } = await checkFiles(minimalContent());
    expect(fine).not.toContain(rule);
  });

  it('reports MDX that does not parse, with its line', async () => {
    const { code, output } = await checkFiles(withBody('Text with {an open brace'));
    expect(output).toMatch(/an-insight\.mdx:11:\d+ {2}error {4}the file is not valid MDX: .+ {2}\(parse\)/);
    expect(code).toBe(1);
  });

  it('explains each rule with --help', async () => {
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(process.execPath, ['scripts/check-content.ts', '--help'], { cwd: root }, (error, stdout) =>
        resolve({ code: error ? 1 : 0, output: stdout }),
      );
    });
    expect(code).toBe(0);
    for (const rule of [
      'alt-text',
      'heading-levels',
      'insight-links',
      'images',
      'duplicates',
      'placeholders',
      'description-length',
      'title-length',
    ]) {
      expect(output).toContain(`  ${rule} (`);
    }
  });

  it('says so when CONTENT_DIR has no insights folder', async () => {
    const { code, output } = await checkContent(join(root, 'no-such-folder'));
    expect(output).toContain('No insights folder at');
    expect(code).toBe(2);
  });
});
