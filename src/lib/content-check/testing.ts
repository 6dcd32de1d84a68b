/** Helpers for the rules' unit tests: a content folder held in memory. */
import { parseInsight } from './parse.ts';
import type { CheckContext, Diagnostic, InsightFile, ParsedInsight, Rule } from './types.ts';

export const SITE = 'https://research.example.com';
export const CONTENT = '/site/src/content/insights';

/** A valid frontmatter with the given fields changed (a value of `undefined` removes the field). */
export function mdx(body: string, fields: Record<string, string | undefined> = {}): string {
  const all: Record<string, string | undefined> = {
    title: "'A valid insight title'",
    description: "'A description that is long enough to say what the insight is about.'",
    pubDate: '2024-03-01',
    authors: '[jane-doe]',
    ...fields,
  };
  const lines = Object.entries(all)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

export function insightFile(relativePath: string, source: string): InsightFile {
  return {
    file: `src/content/insights/${relativePath}`,
    absolutePath: `${CONTENT}/${relativePath}`,
    relativePath,
    source,
  };
}

/** The context of a content folder made of `files` (relative path → source); `existing` lists the files on disk. */
export function contextOf(files: Record<string, string>, existing: string[] = []): CheckContext {
  const insights: ParsedInsight[] = Object.entries(files).map(
    ([path, source]) => parseInsight(insightFile(path, source)).insight,
  );
  const onDisk = new Set(existing);
  return {
    insights,
    siteUrl: SITE,
    projectDir: '/site',
    publicDir: '/site/public',
    exists: (path) => onDisk.has(path),
  };
}

/** The first line of the body in a file made by `mdx()` with its default frontmatter. */
export const BODY = 8;

/** Runs one rule on a content folder: its findings, in file and line order. */
export function run(rule: Rule, files: Record<string, string>, existing: string[] = []): Diagnostic[] {
  return rule.check(contextOf(files, existing)).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
