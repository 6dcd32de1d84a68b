/**
 * `npm run new` (scripts/new.ts) on a fixture content folder (CONTENT_DIR): it writes a draft with valid
 * frontmatter that builds — and, once published, builds into its page — and it refuses a title that is taken and
 * authors or topics that do not exist, listing the known ones and writing nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, root, writeContent } from '../fixtures/build-fixture';
import { minimalContent } from '../fixtures/minimal-content';

function scaffold(contentDir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['scripts/new.ts', ...args],
      { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Today in the scaffolder's sense: the local calendar day. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const TITLE = 'Cloud Spending Slows: What It Means for 2026';
const SLUG = 'cloud-spending-slows-what-it-means-for-2026';

describe('npm run new', () => {
  it('writes a draft dated today, at the slug of the title, says where it is and how to preview it, and it builds', async () => {
    const { contentDir } = await writeContent(minimalContent());
    const summary = 'Cloud spending grew more slowly this quarter; here is what that means for buyers in 2026.';
    const result = await scaffold(contentDir, [
      TITLE,
      '--author',
      'jane-doe',
      '--topic',
      'cloud',
      '--summary',
      summary,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = join(contentDir, 'insights', `${SLUG}.mdx`);
    expect(result.stdout).toContain(`Created ${file} (a draft, dated today).`);
    expect(result.stdout).toContain(`npm run dev, then open http://localhost:4321/insights/${SLUG}/`);
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(
      new RegExp(
        `^---\\ntitle: 'Cloud Spending Slows: What It Means for 2026'\\ndescription: '${summary.replace(/[.?]/g, '\\$&')}'\\npubDate: ${today()}\\nauthors:\\n  - jane-doe\\ntopics:\\n  - cloud\\n`,
      ),
    );
    expect(source).toMatch(/\ndraft: true\n---\n/);

    // As written: a valid draft, so the production build succeeds and leaves it out.
    const files = { ...minimalContent(), [`insights/${SLUG}.mdx`]: source };
    const draft = await buildFixture(files);
    expect(draft.code, draft.output).toBe(0);
    expect(existsSync(join(draft.outDir, 'insights/an-insight/index.html'))).toBe(true);
    expect(existsSync(join(draft.outDir, `insights/${SLUG}/index.html`))).toBe(false);

    // Published (the draft line deleted, the placeholder paragraph replaced): its page is built.
    const published = source
      .replace(/^draft: true\n/m, '')
      .replace('TODO: write the insight here.', 'The first paragraph.');
    const built = await buildFixture({ ...files, [`insights/${SLUG}.mdx`]: published });
    expect(built.code, built.output).toBe(0);
    const page = readFileSync(join(built.outDir, `insights/${SLUG}/index.html`), 'utf8');
    expect(page).toMatch(/<h1 id="insight-title"[^>]*>Cloud Spending Slows: What It Means for 2026<\/h1>/);
    expect(page).toContain('The first paragraph.');
  });

  it('uses the house byline when no author is given, and a placeholder description', async () => {
    const { contentDir } = await writeContent({
      ...minimalContent(),
      'authors/the-house.json': JSON.stringify({ name: 'The House', organization: true }),
    });
    expect((await scaffold(contentDir, ['Short', 'title'])).code).toBe(0);
    const source = readFileSync(join(contentDir, 'insights/short-title.mdx'), 'utf8');
    expect(source).toContain("title: 'Short title'");
    expect(source).toContain('authors:\n  - the-house\ntopics: []\n');
    expect(source).toContain("description: 'TODO: one or two plain sentences");
  });

  it('refuses a title whose address is taken, and writes nothing', async () => {
    const { contentDir } = await writeContent(minimalContent());
    expect((await scaffold(contentDir, [TITLE, '-a', 'jane-doe'])).code).toBe(0);
    const before = readFileSync(join(contentDir, 'insights', `${SLUG}.mdx`), 'utf8');
    const again = await scaffold(contentDir, [`${TITLE}!`, '-a', 'jane-doe']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `An insight already has the address /insights/${SLUG}/ ("${TITLE}"). Choose another title.`,
    );
    expect(readFileSync(join(contentDir, 'insights', `${SLUG}.mdx`), 'utf8')).toBe(before);
  });

  it('refuses an existing title, written differently', async () => {
    const { contentDir } = await writeContent(minimalContent());
    const result = await scaffold(contentDir, ['a valid INSIGHT', '-a', 'jane-doe']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The insight an-insight already has the title "a valid INSIGHT"');
  });

  it('refuses an unknown author or topic, listing the known ones, and writes nothing', async () => {
    const { contentDir } = await writeContent(minimalContent());
    const author = await scaffold(contentDir, [TITLE, '--author', 'john-smith']);
    expect(author.code).toBe(1);
    expect(author.stderr).toContain('Unknown author: john-smith. Known authors:\n  jane-doe  (Jane Doe)\n');
    const topic = await scaffold(contentDir, [TITLE, '-a', 'jane-doe', '--topic', 'cloud,space']);
    expect(topic.code).toBe(1);
    expect(topic.stderr).toContain('Unknown topic: space. Known topics:\n  cloud  (Cloud)\n');
    expect(readdirSync(join(contentDir, 'insights'))).toEqual(['an-insight.mdx']);
  });

  it('explains itself without a title, and with --help', async () => {
    const { contentDir } = await writeContent(minimalContent());
    const bare = await scaffold(contentDir, []);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('Usage: npm run new -- "Title of the insight"');
    const help = await scaffold(contentDir, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--author');
  });
});
