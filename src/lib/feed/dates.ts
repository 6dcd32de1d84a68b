const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function checked(date: Date): Date {
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1000 || year > 9999) {
    throw new RangeError(`Cannot write ${String(date)} as a feed date: it needs a real date with a four-digit year`);
  }
  return date;
}

/**
 * An RSS 2.0 date: RFC 822 with the four-digit year of RFC 1123, in UTC, for example
 * "Fri, 17 May 2019 00:00:00 GMT". The weekday is computed from the date, never written by hand.
 */
export function rfc822(date: Date): string {
  const d = checked(date);
  const day = DAYS[d.getUTCDay()] ?? '';
  const month = MONTHS[d.getUTCMonth()] ?? '';
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${day}, ${pad(d.getUTCDate())} ${month} ${d.getUTCFullYear()} ${time} GMT`;
}

/** An Atom and JSON Feed date: RFC 3339 in UTC without fractions, for example "2019-05-17T00:00:00Z". */
export function rfc3339(date: Date): string {
  return `${checked(date).toISOString().slice(0, 19)}Z`;
}
