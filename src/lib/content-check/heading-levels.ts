import { walk } from './mdx-tree.ts';
import type { Diagnostic, Place, Rule } from './types.ts';

/** Every heading of the body in document order: Markdown `##` headings and JSX `<h2>`…`<h6>`. */
function headingsOf(insight: Parameters<Rule['check']>[0]['insights'][number]): { depth: number; place: Place }[] {
  const found: { depth: number; place: Place }[] = [];
  if (!insight.tree) return found;
  walk(insight.tree, (node) => {
    const place = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'heading') found.push({ depth: node.depth, place });
    else if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      /^h[1-6]$/.test(node.name ?? '')
    ) {
      found.push({ depth: Number(node.name!.slice(1)), place });
    }
  });
  return found;
}

export const headingLevels: Rule = {
  id: 'heading-levels',
  severity: 'error',
  description:
    'Headings go down one level at a time and the body has no level-1 heading: the title is the page’s only ' +
    'h1, sections start at ## and subsections use ###. Screen reader users navigate by these levels.',
  check({ insights }) {
    const found: Diagnostic[] = [];
    for (const insight of insights) {
      let previous = 1; // the page title
      for (const { depth, place } of headingsOf(insight)) {
        const report = (message: string) =>
          found.push({ file: insight.file, ...place, severity: 'error', rule: 'heading-levels', message });
        if (depth === 1) {
          report('a level-1 heading (# …) in the body: the title is the page’s only h1; start sections at ##');
        } else if (depth > previous + 1) {
          report(
            `a level-${depth} heading (${'#'.repeat(depth)}) follows a level-${previous} heading` +
              `${previous === 1 ? ' (the title)' : ''}: use ${'#'.repeat(previous + 1)}, or add the missing level`,
          );
        }
        previous = depth;
      }
    }
    return found;
  },
};
