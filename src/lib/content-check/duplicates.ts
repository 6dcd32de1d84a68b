import type { Diagnostic, ParsedInsight, Rule } from './types.ts';

const normalizeTitle = (title: string) => title.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Groups insights by a key; only the groups with more than one member. */
function groups(insights: ParsedInsight[], key: (i: ParsedInsight) => string | undefined): ParsedInsight[][] {
  const map = new Map<string, ParsedInsight[]>();
  for (const insight of insights) {
    const k = key(insight);
    if (k === undefined || k === '') continue;
    map.set(k, [...(map.get(k) ?? []), insight]);
  }
  return [...map.values()].filter((g) => g.length > 1);
}

export const duplicates: Rule = {
  id: 'duplicates',
  severity: 'error',
  description:
    'No two insights share a slug (their address: `Foo.mdx` and `foo.mdx` both become /insights/foo/) or a ' +
    'title (readers and search engines could not tell them apart).',
  check({ insights }) {
    const found: Diagnostic[] = [];
    for (const group of groups(insights, (i) => i.id)) {
      for (const insight of group) {
        const others = group.filter((o) => o !== insight).map((o) => o.file);
        found.push({
          file: insight.file,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'duplicates',
          message: `the slug "${insight.id}" (/insights/${insight.id}/) is also the slug of ${others.join(', ')}: rename one file`,
        });
      }
    }
    const title = (i: ParsedInsight) =>
      typeof i.data['title'] === 'string' ? normalizeTitle(i.data['title']) : undefined;
    for (const group of groups(insights, title)) {
      for (const insight of group) {
        const others = group.filter((o) => o !== insight).map((o) => o.file);
        found.push({
          file: insight.file,
          ...insight.fieldPlace(['title']),
          severity: 'error',
          rule: 'duplicates',
          message: `the title "${String(insight.data['title']).trim()}" is also the title of ${others.join(', ')}`,
        });
      }
    }
    return found;
  },
};
