/**
 * The new-insight scaffolder's logic (`npm run new`, scripts/new.ts): from a title and the known authors, topics
 * and insights, the file to write, or the reason to refuse. Pure, so that it is tested without touching disk.
 */
import { slugify } from './slug.ts';

/** The texts the scaffolder writes for the editor to replace; the content check refuses to publish them. */
export const PLACEHOLDERS = {
  description: 'TODO: one or two plain sentences for cards, search engines and feeds (50 to 160 characters).',
  body: 'TODO: write the insight here.',
} as const;

export interface KnownAuthor {
  id: string;
  name: string;
  /** A house byline, used when no author is given and it is the only one. */
  organization?: boolean;
}

export interface KnownContent {
  authors: KnownAuthor[];
  topics: { id: string; name: string }[];
  /** Every existing insight: its id (address) and title. */
  insights: { id: string; title: string }[];
}

export interface NewInsightRequest {
  title: string;
  /** Author ids; the house byline when empty and there is exactly one. */
  authors: string[];
  topics: string[];
  /** The description; a placeholder when absent. */
  summary?: string | undefined;
  /** Today, as YYYY-MM-DD. */
  today: string;
}

export type NewInsightPlan = { ok: true; slug: string; source: string } | { ok: false; error: string };

/** A YAML string in single quotes, which need no escaping but doubled quotes. */
const yamlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The local calendar day of a moment, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const listOf = (items: { id: string; name: string }[]) =>
  items.length === 0 ? '(none yet)' : items.map((i) => `  ${i.id}  (${i.name})`).join('\n');

/** Decides what to write for a new insight, or why not: every refusal says what the editor can do instead. */
export function planNewInsight(request: NewInsightRequest, known: KnownContent): NewInsightPlan {
  const title = request.title.trim().replace(/\s+/g, ' ');
  if (!title) return { ok: false, error: 'Give the insight a title: npm run new -- "Title of the insight"' };
  const slug = slugify(title);
  if (!slug) return { ok: false, error: `The title "${title}" has no letters or digits to make an address from.` };

  const sameSlug = known.insights.find((i) => i.id === slug);
  if (sameSlug) {
    return {
      ok: false,
      error: `An insight already has the address /insights/${slug}/ ("${sameSlug.title}"). Choose another title.`,
    };
  }
  const sameTitle = known.insights.find((i) => i.title.trim().toLowerCase() === title.toLowerCase());
  if (sameTitle) {
    return { ok: false, error: `The insight ${sameTitle.id} already has the title "${title}". Choose another title.` };
  }

  let authors = request.authors.map((a) => a.trim()).filter(Boolean);
  if (authors.length === 0) {
    const house = known.authors.filter((a) => a.organization);
    if (house.length !== 1) {
      return { ok: false, error: `Name the author with --author <id>. Known authors:\n${listOf(known.authors)}` };
    }
    authors = [house[0]!.id];
  }
  const unknownAuthors = authors.filter((a) => !known.authors.some((k) => k.id === a));
  if (unknownAuthors.length > 0) {
    return {
      ok: false,
      error:
        `Unknown author${unknownAuthors.length > 1 ? 's' : ''}: ${unknownAuthors.join(', ')}. Known authors:\n${listOf(known.authors)}\n` +
        'To add an author, see "Adding an author" in CONTRIBUTING.md.',
    };
  }
  const topics = request.topics.map((t) => t.trim()).filter(Boolean);
  const unknownTopics = topics.filter((t) => !known.topics.some((k) => k.id === t));
  if (unknownTopics.length > 0) {
    return {
      ok: false,
      error:
        `Unknown topic${unknownTopics.length > 1 ? 's' : ''}: ${unknownTopics.join(', ')}. Known topics:\n${listOf(known.topics)}\n` +
        'To add a topic, see "Adding a topic" in CONTRIBUTING.md.',
    };
  }

  const summary = request.summary?.trim().replace(/\s+/g, ' ');
  const list = (ids: string[]) => (ids.length === 0 ? ' []' : ids.map((id) => `\n  - ${id}`).join(''));
  const source = [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(summary || PLACEHOLDERS.description)}`,
    `pubDate: ${request.today}`,
    `authors:${list(authors)}`,
    `topics:${list(topics)}`,
    '# With draft: true the insight shows in `npm run dev` only. Delete that line to publish it.',
    'draft: true',
    '---',
    '',
    '{/* Markdown, with sections starting at ##. Charts, figures, callouts, quotes and key figures: see',
    '    "Components" in CONTRIBUTING.md. Before publishing, run `npm run check:content`. */}',
    '',
    PLACEHOLDERS.body,
    '',
  ].join('\n');
  return { ok: true, slug, source };
}
