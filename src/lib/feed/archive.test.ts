import { describe, expect, it } from 'vitest';
import { archiveNeighbours, planArchive } from './archive';

/** Items numbered by age: 1 is the oldest; listed newest first like the published list. */
const newestFirst = (count: number) => Array.from({ length: count }, (_, i) => count - i);

describe('planArchive', () => {
  it('keeps everything in the current feed when there are few items', () => {
    const plan = planArchive(newestFirst(3), { feedLength: 5, pageSize: 2 });
    expect(plan.current).toEqual([3, 2, 1]);
    expect(plan.pages).toEqual([]);
  });
  it('puts each older item in exactly one fixed page counted from the oldest', () => {
    const plan = planArchive(newestFirst(12), { feedLength: 5, pageSize: 3 });
    expect(plan.current).toEqual([12, 11, 10, 9, 8]);
    expect(plan.pages).toEqual([
      { number: 1, items: [3, 2, 1], full: true },
      { number: 2, items: [6, 5, 4], full: true },
      { number: 3, items: [7], full: false },
    ]);
    const all = [...plan.current, ...plan.pages.flatMap((p) => p.items)];
    expect(all.sort((a, b) => a - b)).toEqual(newestFirst(12).reverse());
  });
  it('never changes a full page when new items are published', () => {
    const before = planArchive(newestFirst(12), { feedLength: 5, pageSize: 3 });
    const after = planArchive(newestFirst(20), { feedLength: 5, pageSize: 3 });
    for (const page of before.pages.filter((p) => p.full)) {
      expect(after.pages[page.number - 1]).toEqual(page);
    }
    expect(after.pages.map((p) => p.items.length)).toEqual([3, 3, 3, 3, 3]);
  });
  it('refuses sizes that are not positive whole numbers', () => {
    expect(() => planArchive([], { feedLength: 0, pageSize: 3 })).toThrow(/feedLength/);
    expect(() => planArchive([], { feedLength: 3, pageSize: 1.5 })).toThrow(/pageSize/);
  });
});

describe('archiveNeighbours', () => {
  it('links each page to the older and newer pages that exist', () => {
    expect(archiveNeighbours(1, 3)).toEqual({ next: 2 });
    expect(archiveNeighbours(2, 3)).toEqual({ prev: 1, next: 3 });
    expect(archiveNeighbours(3, 3)).toEqual({ prev: 2 });
    expect(archiveNeighbours(1, 1)).toEqual({});
  });
});
