import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insightSource } from './insight-source';

describe('insightSource', () => {
  it("reads the entry's file, relative to the project root", async () => {
    const root = await mkdtemp(join(tmpdir(), 'insight-source-'));
    await mkdir(join(root, 'content'));
    await writeFile(join(root, 'content', 'a.mdx'), '---\ntitle: A\n---\n\nBody text.\n');
    expect(await insightSource({ id: 'a', filePath: 'content/a.mdx' }, root)).toContain('Body text.');
  });

  it('names the entry when the store does not say which file it is', async () => {
    await expect(insightSource({ id: 'lost' })).rejects.toThrow(/"lost"/);
  });
});
