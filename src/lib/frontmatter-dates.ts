const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;

/**
 * Reads date fields as they are written in a file's YAML frontmatter.
 *
 * The YAML parser turns an unquoted `2026-02-30` into 2 March 2026 before any schema sees it,
 * so strict date validation needs the text the editor wrote. Only top-level `key: value` lines
 * are read; quotes and trailing comments are removed.
 */
export function rawFrontmatterDates(source: string, fields: readonly string[]): Record<string, string> {
  const block = FRONTMATTER.exec(source)?.[1];
  if (block === undefined) return {};
  const found: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key = '', rest = ''] = match;
    if (!fields.includes(key)) continue;
    const value = rest
      .replace(/\s+#.*$/, '')
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2');
    if (value !== '') found[key] = value;
  }
  return found;
}
