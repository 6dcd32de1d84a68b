/**
 * `npm run docs:frontmatter` (after `astro sync`, which the npm script runs first): writes docs/frontmatter.md
 * and docs/schemas/<collection>.schema.json from the JSON schemas Astro generated for the content collections.
 * With `--check`, writes nothing and exits with 1 when a committed file differs from what it would write.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  editorSchema,
  frontmatterMarkdown,
  undocumentedFields,
  type CollectionName,
  type JsonSchema,
} from '../src/lib/frontmatter-docs.ts';
import { displayPath, projectDir } from './lib/paths.ts';

const check = process.argv.includes('--check');
const collections: CollectionName[] = ['insights', 'authors', 'topics'];
const generated = join(projectDir, '.astro/collections');

const schemas = {} as Record<CollectionName, JsonSchema>;
for (const name of collections) {
  const file = join(generated, `${name}.schema.json`);
  if (!existsSync(file)) {
    console.error(`${displayPath(file)} is missing: run \`npx astro sync\` first (npm run docs:frontmatter does).`);
    process.exit(2);
  }
  schemas[name] = JSON.parse(readFileSync(file, 'utf8')) as JsonSchema;
}

const undocumented = collections.flatMap((name) => undocumentedFields(schemas[name]).map((f) => `${name}: ${f}`));
if (undocumented.length > 0) {
  console.error(
    `Every field needs a description: add .describe('…') to these in src/content.config.ts:\n  ${undocumented.join('\n  ')}`,
  );
  process.exit(1);
}

/** Formats as `prettier --check` expects, so that the generated files pass it. */
async function pretty(path: string, text: string): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(text, { ...options, filepath: path });
}

const outputs: [string, string][] = [[join(projectDir, 'docs/frontmatter.md'), frontmatterMarkdown(schemas)]];
for (const name of collections) {
  outputs.push([
    join(projectDir, `docs/schemas/${name}.schema.json`),
    JSON.stringify(editorSchema(name, schemas[name]), null, 2),
  ]);
}

const stale: string[] = [];
for (const [path, raw] of outputs) {
  const text = await pretty(path, raw);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    stale.push(displayPath(path));
  } else {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    console.log(`Wrote ${displayPath(path)}`);
  }
}
if (check && stale.length > 0) {
  console.error(
    `Out of date with the content schema: ${stale.join(', ')}.\nRun \`npm run docs:frontmatter\` and commit the result.`,
  );
  process.exit(1);
}
if (check) console.log('docs/frontmatter.md and docs/schemas/ match the content schema.');
