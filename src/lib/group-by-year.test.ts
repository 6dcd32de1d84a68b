import { describe, expect, it } from 'vitest';
import { groupByYear } from './group-by-year';

describe('groupByYear', () => {
  it('groups consecutive items by year in their given order', () => {
    const dates = ['2026-02-05', '2026-01-01', '2019-05-17', '2019-01-02'].map((d) => new Date(`${d}T00:00:00Z`));
    const groups = groupByYear(dates, (d) => d);
    expect(groups.map((g) => [g.year, g.items.length])).toEqual([
      [2026, 2],
      [2019, 2],
    ]);
  });
  it('uses the UTC year, so 1 January at midnight UTC is not the previous year anywhere', () => {
    expect(groupByYear([new Date('2026-01-01T00:00:00Z')], (d) => d)[0]?.year).toBe(2026);
  });
  it('returns no groups for no items', () => expect(groupByYear([], (d: Date) => d)).toEqual([]));
});
