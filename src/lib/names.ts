/**
 * Names joined as a sentence says them: "A", "A and B", "A, B, and C". One formatter for bylines, citations
 * and images, created once: building an Intl formatter costs far more than using one.
 */
const conjunction = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

export function joinNames(names: readonly string[]): string {
  return conjunction.format(names);
}

/** The same sentence in parts, for markup that wraps each name (a link per author). */
export function joinNamesToParts(names: readonly string[]): ReturnType<Intl.ListFormat['formatToParts']> {
  return conjunction.formatToParts(names);
}
