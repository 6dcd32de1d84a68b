import { describe, expect, it } from 'vitest';
import { rfc3339, rfc822 } from './dates';

describe('rfc822', () => {
  it('writes the weekday, a two-digit day, the month name and a four-digit year in GMT', () => {
    expect(rfc822(new Date('2019-05-17T00:00:00Z'))).toBe('Fri, 17 May 2019 00:00:00 GMT');
    expect(rfc822(new Date('2026-02-05T09:03:07Z'))).toBe('Thu, 05 Feb 2026 09:03:07 GMT');
  });
  it('computes the weekday across a leap day and a year boundary', () => {
    expect(rfc822(new Date('2024-02-29T23:59:59Z'))).toBe('Thu, 29 Feb 2024 23:59:59 GMT');
    expect(rfc822(new Date('2000-01-01T00:00:00Z'))).toBe('Sat, 01 Jan 2000 00:00:00 GMT');
  });
  it('writes the UTC instant of a date given with an offset', () => {
    expect(rfc822(new Date('2026-03-01T01:30:00+02:00'))).toBe('Sat, 28 Feb 2026 23:30:00 GMT');
  });
  it('agrees with the platform for every day of a year', () => {
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) {
      expect(rfc822(new Date(t))).toBe(new Date(t).toUTCString());
    }
  });
  it('refuses an invalid date and years that are not four digits', () => {
    expect(() => rfc822(new Date('nope'))).toThrow(RangeError);
    expect(() => rfc822(new Date(Date.UTC(999, 0, 1)))).toThrow(/four-digit year/);
  });
});

describe('rfc3339', () => {
  it('writes UTC without fractions of a second', () => {
    expect(rfc3339(new Date('2019-05-17T00:00:00.123Z'))).toBe('2019-05-17T00:00:00Z');
  });
  it('refuses an invalid date', () => {
    expect(() => rfc3339(new Date(Number.NaN))).toThrow(RangeError);
  });
});
