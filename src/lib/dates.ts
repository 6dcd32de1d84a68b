const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * Parses a calendar day ("2019-05-17") or a full RFC 3339 timestamp, refusing days that do
 * not exist (2026-02-30) instead of rolling them over as `Date` does.
 * Returns `undefined` for anything it cannot accept.
 */
export function parseStrictDate(value: string): Date | undefined {
  const day = ISO_DAY.exec(value);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    return isRealDay(y, m, d) ? new Date(Date.UTC(y, m - 1, d)) : undefined;
  }
  const full = ISO_DATE_TIME.exec(value);
  if (full) {
    const [y, m, d, hh, mm, ss] = [1, 2, 3, 4, 5, 6].map((i) => Number(full[i] ?? 0)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (!isRealDay(y, m, d) || hh > 23 || mm > 59 || ss > 59) return undefined;
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
  }
  return undefined;
}

/** "2019-05-17": the value of a `<time datetime>` for a calendar day. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date as readers see it, for example "May 17, 2019". */
export function formatDate(date: Date, locale = 'en-US', timeZone = 'UTC'): string {
  return dateFormat(locale, timeZone).format(date);
}

// Creating an Intl formatter costs far more than using one, and a build formats dates thousands of times.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}\0${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
    dateFormats.set(key, format);
  }
  return format;
}
