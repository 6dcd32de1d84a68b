/** The scholarly citation of an insight: the visible "Cite this insight" text and the citation_* meta tags. */
import { joinNames } from './names';
import { formatDate } from './dates';

export interface CitationInput {
  title: string;
  /** Names as the byline prints them, in byline order. */
  authors: readonly string[];
  /** The publisher's name. */
  publisher: string;
  pubDate: Date;
  /** The last meaningful revision (lastModified()); printed when it differs from the publication day. */
  modified: Date;
  /** The canonical URL. */
  url: string;
  locale: string;
  timeZone: string;
}

/** A sentence ends once: no period after a title or name that already ends with one, a "?" or a "!". */
const closed = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * A ready-to-copy citation, in the manner of the Chicago style for web pages: authors as the byline names them
 * (no inversion, which would guess at family names), the title in quotation marks, the publisher, the day of
 * publication and of the last revision, the canonical URL.
 *
 * Timothy Albright. “Microsoft and Sony Teaming Up.” Futurum Research, May 17, 2019. https://…/
 */
export function citationText(input: CitationInput): string {
  const published = formatDate(input.pubDate, input.locale, input.timeZone);
  const modified = formatDate(input.modified, input.locale, input.timeZone);
  const dates = modified === published ? published : `${published}, updated ${modified}`;
  const title = /[.?!]$/.test(input.title) ? `“${input.title}”` : `“${input.title}.”`;
  const parts = [input.authors.length > 0 ? closed(joinNames(input.authors)) : undefined, title];
  return [...parts.filter(Boolean), `${input.publisher}, ${dates}.`, input.url].join(' ');
}

/** Google Scholar's date format: "2019/05/17". */
export function scholarDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '/');
}

/** The Highwire Press tags Google Scholar and reference managers read, in order; one citation_author per author. */
export function citationMeta(input: Omit<CitationInput, 'url' | 'locale' | 'timeZone' | 'modified'>): {
  name: string;
  content: string;
}[] {
  return [
    { name: 'citation_title', content: input.title },
    ...input.authors.map((author) => ({ name: 'citation_author', content: author })),
    { name: 'citation_publication_date', content: scholarDate(input.pubDate) },
    { name: 'citation_publisher', content: input.publisher },
  ];
}
