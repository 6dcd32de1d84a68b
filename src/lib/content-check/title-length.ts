import type { Diagnostic, Rule } from './types.ts';

export const TITLE_MAX = 70;

export const titleLength: Rule = {
  id: 'title-length',
  severity: 'warning',
  description: `Advice: a title of at most ${TITLE_MAX} characters shows whole in search results and browser tabs.`,
  check({ insights }) {
    const found: Diagnostic[] = [];
    for (const insight of insights) {
      const title = insight.data['title'];
      if (typeof title !== 'string') continue;
      const length = [...title.trim()].length;
      if (length <= TITLE_MAX) continue;
      found.push({
        file: insight.file,
        ...insight.fieldPlace(['title']),
        severity: 'warning',
        rule: 'title-length',
        message: `the title has ${length} characters; search results cut it after about ${TITLE_MAX}`,
      });
    }
    return found;
  },
};
