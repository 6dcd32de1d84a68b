/** Groups items (already sorted newest first) under their UTC year, keeping their order. */
export function groupByYear<T>(items: readonly T[], dateOf: (item: T) => Date): { year: number; items: T[] }[] {
  const groups: { year: number; items: T[] }[] = [];
  for (const item of items) {
    const year = dateOf(item).getUTCFullYear();
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}
