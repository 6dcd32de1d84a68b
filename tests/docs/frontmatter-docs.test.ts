/**
 * docs/frontmatter.md and docs/schemas/ cannot drift from the content schema: they must be exactly what
 * `npm run docs:frontmatter` generates from the JSON schemas the build wrote (.astro/collections/, after
 * `npm run build`). The editors' schemas accept the real content and refuse broken frontmatter.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { root } from '../fixtures/build-fixture';

const schema = (name: string) =>
  JSON.parse(readFileSync(join(root, `docs/schemas/${name}.schema.json`), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = {
  insights: ajv.compile(schema('insights')),
  authors: ajv.compile(schema('authors')),
  topics: ajv.compile(schema('topics')),
};
const frontmatter = (source: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as unknown;
const content = join(root, 'src/content');

describe('the frontmatter reference and the editors’ schemas', () => {
  it('are what `npm run docs:frontmatter` generates from the current content schema', async () => {
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(process.execPath, ['scripts/docs-frontmatter.ts', '--check'], { cwd: root }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    expect(output).toContain('match the content schema');
    expect(code, output).toBe(0);
  });

  it('accept every real insight, author and the topics', () => {
    const problems: string[] = [];
    for (const name of readdirSync(join(content, 'insights')).filter((n) => n.endsWith('.mdx'))) {
      if (!validate.insights(frontmatter(readFileSync(join(content, 'insights', name), 'utf8')))) {
        problems.push(`${name}: ${ajv.errorsText(validate.insights.errors)}`);
      }
    }
    for (const name of readdirSync(join(content, 'authors'))) {
      if (!validate.authors(JSON.parse(readFileSync(join(content, 'authors', name), 'utf8')))) {
        problems.push(`${name}: ${ajv.errorsText(validate.authors.errors)}`);
      }
    }
    if (!validate.topics(JSON.parse(readFileSync(join(content, 'topics.json'), 'utf8')))) {
      problems.push(`topics.json: ${ajv.errorsText(validate.topics.errors)}`);
    }
    expect(problems).toEqual([]);
  });

  it('refuse what the build refuses: a missing title, an empty author list, a date that is not one, a wrong kind, a topic without id', () => {
    const base = { title: 'T', description: 'D', pubDate: '2026-02-05', authors: ['jane-doe'] };
    expect(validate.insights(base)).toBe(true);
    for (const broken of [
      { ...base, title: undefined },
      { ...base, authors: [] },
      { ...base, pubDate: '5 February 2026' },
      { ...base, kind: 'essay' },
      { ...base, hero: { src: './a.jpg' } },
      { ...base, draft: 'yes' },
    ]) {
      expect(validate.insights(JSON.parse(JSON.stringify(broken))), JSON.stringify(broken)).toBe(false);
    }
    expect(validate.topics([{ name: 'Cloud' }])).toBe(false);
    expect(validate.authors({ title: 'No name' })).toBe(false);
  });
});
