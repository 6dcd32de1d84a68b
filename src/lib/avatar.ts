/** Up to two initials from a name: "Timothy Albright" → "TA", "Futurum Research" → "FR". */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => Array.from(w ?? '')[0]?.toUpperCase() ?? '').join('');
}

/** A stable hue (0–359) for an identifier, so each author keeps the same avatar colour. */
export function hueFor(id: string): number {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}
