import type { Diagnostic, Rule } from './types.ts';

export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;

export const descriptionLength: Rule = {
  id: 'description-length',
  severity: 'warning',
  description:
    `Advice: a description of ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} characters shows whole in search results ` +
    'and cards; a shorter one says too little.',
  check({ insights }) {
    const found: Diagnostic[] = [];
    for (const insight of insights) {
      const description = insight.data['description'];
      if (typeof description !== 'string' || description.trim() === '') continue; // the build refuses it
      const length = [...description.trim()].length;
      if (length >= DESCRIPTION_MIN && length <= DESCRIPTION_MAX) continue;
      found.push({
        file: insight.file,
        ...insight.fieldPlace(['description']),
        severity: 'warning',
        rule: 'description-length',
        message:
          length < DESCRIPTION_MIN
            ? `the description has ${length} characters; ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} say enough for search results and cards`
            : `the description has ${length} characters; search results cut it after about ${DESCRIPTION_MAX}`,
      });
    }
    return found;
  },
};
