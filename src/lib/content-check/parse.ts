import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { entryId } from './entry-id.ts';
import type { Diagnostic, InsightFile, ParsedInsight, Place } from './types.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

interface ParseError {
  message?: string;
  reason?: string;
  line?: number | null;
  column?: number | null;
}

/**
 * Parses an insight's MDX with remark (MDX and GitHub-flavoured Markdown, as Astro reads it) and its frontmatter
 * with `yaml`, keeping exact line numbers for every node and every frontmatter value. A file that does not parse
 * comes back without a tree, with an error at the place the parser stopped.
 */
export function parseInsight(file: InsightFile): { insight: ParsedInsight; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const error = (place: Place, message: string) =>
    diagnostics.push({ file: file.file, ...place, severity: 'error', rule: 'parse', message });

  let tree: Root | undefined;
  try {
    tree = processor.parse(file.source);
  } catch (thrown) {
    const e = thrown as ParseError;
    error(
      { line: e.line ?? 1, column: e.column ?? 1 },
      `the file is not valid MDX: ${e.reason ?? e.message ?? String(thrown)}`,
    );
  }

  // The frontmatter: read from the tree when there is one, else from the text (a body error must not hide it).
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(file.source);
  const yamlText = match?.[1] ?? '';
  const yamlStartLine = 2; // the line after the opening ---
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const frontmatterPlace: Place = { line: 1, column: 1 };
  for (const problem of doc.errors) {
    const pos = counter.linePos(problem.pos[0]);
    error(
      { line: pos.line + yamlStartLine - 1, column: pos.col },
      `the frontmatter is not valid YAML: ${problem.message.split('\n')[0]}`,
    );
  }
  const json = doc.errors.length === 0 ? (doc.toJS() as unknown) : {};
  const data = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};

  // The value's place; for a key written without a value, the key's; for a missing key, its parent's.
  const fieldPlace = (path: (string | number)[]): Place => {
    let node: unknown = doc.contents;
    let offset: number | undefined;
    for (const key of path) {
      let next: unknown;
      let keyNode: YamlNode | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        keyNode = pair?.key as YamlNode | undefined;
        next = pair?.value;
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key];
      }
      if (next === undefined || next === null) {
        offset = keyNode?.range?.[0] ?? offset;
        break;
      }
      node = next;
      offset = (next as YamlNode).range?.[0] ?? offset;
    }
    if (offset === undefined || !match) return frontmatterPlace;
    const pos = counter.linePos(offset);
    return { line: pos.line + yamlStartLine - 1, column: pos.col };
  };

  return {
    insight: { ...file, id: entryId(file.relativePath, data), tree, data, fieldPlace },
    diagnostics,
  };
}
