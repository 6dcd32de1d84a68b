/**
 * `npm run new -- "Title of the insight" [--author <id>]… [--topic <id>]… [--summary "…"]`
 * Creates src/content/insights/<slug>.mdx (in CONTENT_DIR, like the build) as a draft dated today, and says how
 * to preview it. Refuses a title whose address or wording is taken, and authors or topics that do not exist.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { entryId } from '../src/lib/content-check/entry-id.ts';
import { localDay, planNewInsight, type KnownContent } from '../src/lib/new-insight.ts';
import { contentRoot, displayPath } from './lib/paths.ts';

const usage = `Usage: npm run new -- "Title of the insight" [--author <id>] [--topic <id>] [--summary "One or two sentences."]

  --author, -a   an author's id (a file in authors/, without .json); repeat it or separate ids with commas.
                 Without it, the house byline.
  --topic, -t    a topic's id (declared in topics.json); repeat it or separate ids with commas.
  --summary, -s  the description: one or two plain sentences, 50 to 160 characters.`;

function fail(message: string): never {
  console.error(`${message}\n`);
  process.exit(1);
}

const options = {
  author: { type: 'string', short: 'a', multiple: true },
  topic: { type: 'string', short: 't', multiple: true },
  summary: { type: 'string', short: 's' },
  help: { type: 'boolean', short: 'h' },
} as const;

function readArguments() {
  try {
    return parseArgs({ options, allowPositionals: true });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${usage}`);
  }
}

const { values, positionals } = readArguments();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length === 0) fail(usage);

const split = (items: string[] | undefined) => (items ?? []).flatMap((item) => item.split(',')).map((s) => s.trim());

/** The authors, topics and insights already in the content folder. */
function readKnownContent(): KnownContent {
  const authorsDir = join(contentRoot, 'authors');
  const authors = existsSync(authorsDir)
    ? readdirSync(authorsDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => {
          const data = JSON.parse(readFileSync(join(authorsDir, name), 'utf8')) as {
            name?: string;
            organization?: boolean;
          };
          return { id: entryId(name), name: data.name ?? name, organization: data.organization === true };
        })
    : [];
  const topicsFile = join(contentRoot, 'topics.json');
  const topics = existsSync(topicsFile)
    ? (JSON.parse(readFileSync(topicsFile, 'utf8')) as { id: string; name: string }[]).map(({ id, name }) => ({
        id,
        name,
      }))
    : [];
  const insightsDir = join(contentRoot, 'insights');
  const insights = existsSync(insightsDir)
    ? readdirSync(insightsDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
          let data: Record<string, unknown> = {};
          try {
            data = (parseYaml(frontmatter) as Record<string, unknown> | null) ?? {};
          } catch {
            // A broken file still takes its address; the content check reports it.
          }
          return { id: entryId(relative(insightsDir, path), data), title: String(data['title'] ?? basename(path)) };
        })
    : [];
  return { authors, topics, insights };
}

const plan = planNewInsight(
  {
    title: positionals.join(' '),
    authors: split(values.author),
    topics: split(values.topic),
    summary: values.summary,
    today: localDay(new Date()),
  },
  readKnownContent(),
);
if (!plan.ok) fail(plan.error);

const file = join(contentRoot, 'insights', `${plan.slug}.mdx`);
if (existsSync(file)) fail(`${displayPath(file)} already exists. Choose another title.`);
writeFileSync(file, plan.source, { flag: 'wx' });

console.log(`Created ${displayPath(file)} (a draft, dated today).

Next:
  1. Write it: the frontmatter fields are explained in docs/frontmatter.md, the components in CONTRIBUTING.md.
  2. Preview it: npm run dev, then open http://localhost:4321/insights/${plan.slug}/
     (drafts show there with a "Draft" badge, and never on the published site).
  3. Check it: npm run check:content
  4. Publish it: delete the line "draft: true". It goes public on its pubDate.`);
