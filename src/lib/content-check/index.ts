/**
 * The content check (`npm run check:content`): rules that catch, with file and line, the mistakes an editor can
 * make in an insight that the build itself would let through. One rule per file, each with its unit test;
 * scripts/check-content.ts reads the content folder and prints what this returns.
 */
import { altText } from './alt-text.ts';
import { descriptionLength } from './description-length.ts';
import { duplicates } from './duplicates.ts';
import { headingLevels } from './heading-levels.ts';
import { images } from './images.ts';
import { insightLinks } from './insight-links.ts';
import { parseInsight } from './parse.ts';
import { placeholders } from './placeholders.ts';
import { titleLength } from './title-length.ts';
import type { CheckContext, Diagnostic, InsightFile, Rule } from './types.ts';

export type { CheckContext, Diagnostic, InsightFile, Rule } from './types.ts';

/** Every rule, errors first. */
export const rules: Rule[] = [
  altText,
  headingLevels,
  insightLinks,
  images,
  duplicates,
  placeholders,
  descriptionLength,
  titleLength,
];

const byPlace = (a: Diagnostic, b: Diagnostic) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);

/** Parses the files and runs every rule: all findings, sorted by file and line. */
export function checkInsights(files: InsightFile[], context: Omit<CheckContext, 'insights'>): Diagnostic[] {
  const parsed = files.map(parseInsight);
  const insights = parsed.map((p) => p.insight);
  const found = parsed.flatMap((p) => p.diagnostics);
  for (const rule of rules) found.push(...rule.check({ ...context, insights }));
  return found.sort(byPlace);
}

/** One finding as a line a terminal and most editors make clickable: `file:line:column  error  message  (rule)`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}  ${d.severity === 'error' ? 'error  ' : 'warning'}  ${d.message}  (${d.rule})`;
}

/** The closing line: how many errors and warnings in how many files. */
export function summary(diagnostics: Diagnostic[], fileCount: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'insight')}${
    errors > 0 ? ': fix the errors before publishing' : ''
  }`;
}
