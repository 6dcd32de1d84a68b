/**
 * The component examples in CONTRIBUTING.md work as written: every ```mdx block of the guide, put together in one
 * insight, builds, renders each component, and passes the content check.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, root, type BuildResult } from '../fixtures/build-fixture';
import { minimalContent, validInsight } from '../fixtures/minimal-content';

const guide = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
const examples = [...guide.matchAll(/^```mdx\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

describe('the examples of CONTRIBUTING.md', () => {
  let build: BuildResult;
  beforeAll(async () => {
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#557799' } })
      .jpeg()
      .toBuffer();
    const body = examples.join('\n');
    const insight = validInsight().replace('A paragraph of body text.\n', `${body}\n`);
    build = await buildFixture({ ...minimalContent(insight), 'insights/signing.jpg': photo });
  });

  it('are there: the import line and one example per component at least', () => {
    expect(examples[0]).toContain("from '/src/components/mdx/index.ts'");
    for (const name of ['Figure', 'Callout', 'PullQuote', 'KeyFigures', 'Chart']) {
      expect(
        examples.some((e) => e.includes(`<${name}`)),
        name,
      ).toBe(true);
    }
  });

  it('build, and each component renders', () => {
    expect(build.code, build.output).toBe(0);
    const prose = parse(readFileSync(join(build.outDir, 'insights/an-insight/index.html'), 'utf8')).querySelector(
      '.prose',
    )!;
    expect(prose.querySelector('figure.figure picture img')?.getAttribute('alt')).toContain('Two executives');
    expect(prose.querySelectorAll('[role="note"]')).toHaveLength(2);
    expect(prose.querySelector('figure.pull-quote blockquote')).not.toBeNull();
    expect(prose.querySelectorAll('figure.key-figures dt')).toHaveLength(3);
    expect(prose.querySelectorAll('figure.chart svg[role="img"]')).toHaveLength(2);
  });

  it('pass the content check', async () => {
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ['scripts/check-content.ts'],
        { cwd: root, env: { ...process.env, CONTENT_DIR: build.contentDir } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    expect(output).toContain('0 errors');
    expect(code, output).toBe(0);
  });
});
