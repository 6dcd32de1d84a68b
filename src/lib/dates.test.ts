import { describe, expect, it } from 'vitest';
import { formatDate, isoDay, parseStrictDate } from './dates';

describe('parseStrictDate', () => {
  it('parses a calendar day at midnight UTC', () => {
    expect(parseStrictDate('2019-05-17')?.toISOString()).toBe('2019-05-17T00:00:00.000Z');
  });
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31', '2026-00-10'])(
    'refuses the impossible day %s',
    (v) => {
      expect(parseStrictDate(v)).toBeUndefined();
    },
  );
  it('accepts 29 February in a leap year', () => {
    expect(parseStrictDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
  it('parses an RFC 3339 time with an offset', () => {
    expect(parseStrictDate('2026-02-05T09:30:00+01:00')?.toISOString()).toBe('2026-02-05T08:30:00.000Z');
  });
  it.each(['2026-02-30T10:00:00Z', '2026-02-05T25:00:00Z', '17/05/2019', 'May 17, 2019', '', '2019-5-17'])(
    'refuses %j',
    (v) => {
      expect(parseStrictDate(v)).toBeUndefined();
    },
  );
});

describe('formatting', () => {
  const day = new Date(Date.UTC(2019, 4, 17));
  it('gives the datetime value of a day', () => expect(isoDay(day)).toBe('2019-05-17'));
  it('formats for readers in UTC, whatever the machine zone', () => expect(formatDate(day)).toBe('May 17, 2019'));
  it('follows the locale', () => expect(formatDate(day, 'en-GB')).toBe('17 May 2019'));
});
