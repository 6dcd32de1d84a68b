import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceDigest } from './source-digest';

describe('sourceDigest', () => {
  let root = '';
  const digest = () => sourceDigest(root, ['src', 'astro.config.ts'], ['src/content']);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'source-digest-'));
    await mkdir(join(root, 'src/components'), { recursive: true });
    await mkdir(join(root, 'src/content/insights'), { recursive: true });
    await writeFile(join(root, 'src/components/Card.astro'), '<p>card</p><style>p{color:red}</style>');
    await writeFile(join(root, 'src/content/insights/a.mdx'), '# A');
    await writeFile(join(root, 'astro.config.ts'), 'export default {};');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('changes when a component, a style or the config changes', async () => {
    const before = digest();
    expect(digest()).toBe(before);
    await writeFile(join(root, 'src/components/Card.astro'), '<p>card</p><style>p{color:blue}</style>');
    const afterStyle = digest();
    expect(afterStyle).not.toBe(before);
    await writeFile(join(root, 'astro.config.ts'), 'export default { site: "x" };');
    expect(digest()).not.toBe(afterStyle);
  });

  it('changes when a file is added or renamed, not only edited', async () => {
    const before = digest();
    await writeFile(join(root, 'src/components/Other.astro'), '<p>card</p><style>p{color:blue}</style>');
    expect(digest()).not.toBe(before);
  });

  it('ignores the content, whose pages have their own keys', async () => {
    const before = digest();
    await writeFile(join(root, 'src/content/insights/a.mdx'), '# A, edited');
    await writeFile(join(root, 'src/content/insights/b.mdx'), '# B');
    expect(digest()).toBe(before);
  });
});
