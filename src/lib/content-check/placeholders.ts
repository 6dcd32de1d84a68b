import { PLACEHOLDERS } from '../new-insight.ts';
import type { Diagnostic, Rule } from './types.ts';

/** The line and column of the first occurrence of `text` in `source`. */
function placeIn(source: string, text: string): { line: number; column: number } | undefined {
  const index = source.indexOf(text);
  if (index === -1) return undefined;
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

export const placeholders: Rule = {
  id: 'placeholders',
  severity: 'error',
  description:
    'An insight that is not a draft keeps none of the “TODO:” texts that `npm run new` writes for the editor to ' +
    'replace (the description and the first paragraph).',
  check({ insights }) {
    const found: Diagnostic[] = [];
    for (const insight of insights) {
      if (insight.data['draft'] === true) continue;
      for (const [field, text] of Object.entries(PLACEHOLDERS)) {
        const place = placeIn(insight.source, text);
        if (!place) continue;
        found.push({
          file: insight.file,
          ...place,
          severity: 'error',
          rule: 'placeholders',
          message: `the ${field === 'body' ? 'body' : field} still has the placeholder "${text}": replace it before publishing`,
        });
      }
    }
    return found;
  },
};
