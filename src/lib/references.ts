/** A reference from one entry's field to an entry of another (or the same) collection. */
export interface EntryReference {
  /** The file the reference is written in, as shown to the editor. */
  file: string;
  /** Field path, for example "authors[0]". */
  field: string;
  /** The referenced collection. */
  collection: string;
  /** The referenced id. */
  id: string;
}

/**
 * Lists every reference whose target does not exist, as messages naming the file and the field.
 * Astro only logs dangling references and builds on, so the site checks them itself.
 */
export function danglingReferences(
  refs: readonly EntryReference[],
  known: Record<string, ReadonlySet<string>>,
): string[] {
  return refs
    .filter((ref) => !known[ref.collection]?.has(ref.id))
    .map((ref) => {
      const existing = [...(known[ref.collection] ?? [])].sort();
      const hint = existing.length <= 20 ? ` Known ${ref.collection}: ${existing.join(', ') || '(none)'}.` : '';
      return `${ref.file}: ${ref.field} references "${ref.id}", which is not in ${ref.collection}.${hint}`;
    });
}
