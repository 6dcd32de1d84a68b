/** Counts the words a reader reads in an MDX body: code, tags, imports and link targets are not words. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^\s*(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*[-+*]\s/gm, ' ')
    .replace(/-{2,}/g, ' ')
    .replace(/[#>*_`|~]+/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,$%/-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes needed to read a body, never less than one. */
export function readingMinutes(mdx: string, wordsPerMinute: number): number {
  return Math.max(1, Math.round(countWords(mdx) / wordsPerMinute));
}
