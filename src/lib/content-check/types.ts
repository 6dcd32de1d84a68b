import type { Root } from 'mdast';

/** A place in a file, 1-based, as editors and terminals count. */
export interface Place {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/** One finding: errors fail the check, warnings are advice. */
export interface Diagnostic extends Place {
  /** The file as it is shown to the editor (relative to the working folder). */
  file: string;
  severity: Severity;
  /** The rule's id, for example "heading-levels". */
  rule: string;
  message: string;
}

/** An insight's MDX file, as read from the content folder. */
export interface InsightFile {
  /** Path shown in messages, for example `src/content/insights/foo.mdx`. */
  file: string;
  /** Absolute path on disk (for resolving relative image paths). */
  absolutePath: string;
  /** Path inside the insights folder, for example `foo.mdx` (gives the id). */
  relativePath: string;
  source: string;
}

/** An insight parsed once, for every rule. */
export interface ParsedInsight extends InsightFile {
  /** The id Astro gives the entry: its address is /insights/<id>/. */
  id: string;
  /** The Markdown/MDX tree (remark with MDX and GFM), or undefined when the file does not parse. */
  tree: Root | undefined;
  /** The frontmatter as YAML data ({} when there is none or it does not parse). */
  data: Record<string, unknown>;
  /** Where a frontmatter field's value is (a path such as ['hero', 'alt']); the frontmatter's start if absent. */
  fieldPlace: (path: (string | number)[]) => Place;
}

/** Everything a rule may look at. Rules are pure: the file system is reached through `exists` only. */
export interface CheckContext {
  insights: ParsedInsight[];
  /** The site's origin and the address of every insight, e.g. https://research.example.com. */
  siteUrl: string;
  /** Absolute path of the project (root-relative imports such as `/src/...` resolve against it). */
  projectDir: string;
  /** Absolute path of the public folder (root-relative image addresses such as `/images/a.png`). */
  publicDir: string;
  /** Whether a file exists at an absolute path. */
  exists: (absolutePath: string) => boolean;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line for CONTRIBUTING.md and the CLI's help: what the rule catches and why. */
  description: string;
  check: (context: CheckContext) => Diagnostic[];
}
