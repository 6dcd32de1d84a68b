/** Pure helpers for a page's head metadata: its title, its address, its Open Graph locale. */

/** Search results and tabs cut titles beyond about 70 characters (html-validate's long-title rule). */
export const MAX_TITLE_LENGTH = 70;

/**
 * The document `<title>`: the site's pattern (`{title}` and `{site}` stand for the page title and the site
 * name) filled in, or the site name alone on the home page. When the result is too long, the page title goes
 * alone; the rare headline that is longer still is cut at a word, ending in "…". The page's `<h1>` always
 * carries the full headline.
 */
export function documentTitle(pattern: string, siteName: string, pageTitle?: string): string {
  if (!pageTitle) return siteName;
  const withSite = pattern.replaceAll('{title}', pageTitle).replaceAll('{site}', siteName);
  if (withSite.length <= MAX_TITLE_LENGTH) return withSite;
  if (pageTitle.length <= MAX_TITLE_LENGTH) return pageTitle;
  const cut = pageTitle.slice(0, MAX_TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, MAX_TITLE_LENGTH - 1);
  return `${head.replace(/[\s.,:;!?\u2013\u2014-]+$/u, '')}\u2026`;
}

/**
 * The address a built page is served at, from the path Astro renders it under: the not-found page is written
 * as `/404.html` (hosts serve it for every missing address), every other page as `<path>/index.html`.
 */
export function pageAddress(pathname: string): string {
  return /^\/404\/?$/.test(pathname) ? '/404.html' : pathname;
}

/** The page's absolute canonical URL: the entry's own override when it has one, else the page's address. */
export function canonicalUrl(siteUrl: string, pathname: string, override?: string): string {
  return override ? new URL(override).href : new URL(pageAddress(pathname), siteUrl).href;
}

/** Open Graph writes locales with an underscore: "en-US" → "en_US"; a bare language stays as it is. */
export function ogLocale(locale: string): string {
  const [language = '', region] = locale.split(/[-_]/);
  return region ? `${language.toLowerCase()}_${region.toUpperCase()}` : language.toLowerCase();
}

/**
 * A date for metadata (Open Graph, JSON-LD): the calendar day ("2019-05-17") when it is one, the full
 * ISO 8601 time otherwise. Publication dates are calendar days written as midnight UTC.
 */
export function metaDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
