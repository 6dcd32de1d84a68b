import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../fixtures/build-fixture';
import { minimalContent, validInsight } from '../fixtures/minimal-content';

const FILE = 'insights/an-insight.mdx';

describe('content that breaks the rules fails the build, naming the file and the field', () => {
  let photo: Buffer;
  beforeAll(async () => {
    photo = await sharp({ create: { width: 64, height: 40, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
  });

  it('builds the valid minimal content (the control case)', async () => {
    const result = await buildFixture(minimalContent());
    expect(result.code, result.output).toBe(0);
    expect(existsSync(join(result.outDir, 'insights/an-insight/index.html'))).toBe(true);
  });

  it.each([
    ['a missing title', { title: '' }, /title/],
    ['an empty title', { title: "''" }, /title: a title is required/],
    ['an impossible date', { pubDate: '2026-02-30' }, /pubDate: "2026-02-30" is not a real date/],
    ['an impossible updated date', { updatedDate: "'2025-02-29'" }, /updatedDate: "2025-02-29" is not a real date/],
    [
      'an unknown author',
      { authors: '\n  - nobody-here' },
      /authors\[0\] references "nobody-here", which is not in authors/,
    ],
    [
      'an unknown related insight',
      { related: '\n  - missing-insight' },
      /related\[0\] references "missing-insight", which is not in insights/,
    ],
    [
      'an unknown topic',
      { topics: '\n  - no-such-topic' },
      /topics\[0\] references "no-such-topic", which is not in topics/,
    ],
    ['a relative canonical URL', { canonical: "'/elsewhere/'" }, /canonical: must be an absolute http\(s\) URL/],
  ])('%s', async (_name, frontmatter, message) => {
    const result = await buildFixture(minimalContent(validInsight(frontmatter)));
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(message);
    expect(result.output).toContain(FILE.split('/')[1]);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });

  it('a hero photo without alt text', async () => {
    const files = {
      ...minimalContent(validInsight({ hero: '\n  src: ./photo.png\n  credit: Someone' })),
      'insights/photo.png': photo,
    };
    const result = await buildFixture(files);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(/hero\.alt/);
    expect(result.output).toContain('an-insight.mdx');
  });

  it('a hero photo with alt text builds, as responsive AVIF and WebP with its credit', async () => {
    const files = {
      ...minimalContent(validInsight({ hero: "\n  src: ./photo.png\n  alt: 'A test photo'\n  credit: Someone" })),
      'insights/photo.png': photo,
    };
    const result = await buildFixture(files);
    expect(result.code, result.output).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(join(result.outDir, 'insights/an-insight/index.html'), 'utf8');
    expect(html).toMatch(/<source[^>]+type="image\/avif"/);
    expect(html).toMatch(/<source[^>]+type="image\/webp"/);
    const img = /<img[^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toContain('alt="A test photo"');
    expect(img).toContain('width="64"');
    expect(img).toContain('height="40"');
    expect(html).toContain('Photo Credit: Someone');
  });
});
