import { describe, expect, it } from 'vitest';
import { citationMeta, citationText, scholarDate, type CitationInput } from './citation';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const seed: CitationInput = {
  title: 'Microsoft and Sony Teaming Up, Partnering on Cloud, Imaging',
  authors: ['Timothy Albright'],
  publisher: 'Futurum Research',
  pubDate: day('2019-05-17'),
  modified: day('2019-05-17'),
  url: 'https://research.example.com/insights/microsoft-and-sony-teaming-up-is-smart/',
  locale: 'en-US',
  timeZone: 'UTC',
};

describe('citationText', () => {
  it('reads authors, quoted title, publisher, day and canonical URL', () => {
    expect(citationText(seed)).toBe(
      'Timothy Albright. “Microsoft and Sony Teaming Up, Partnering on Cloud, Imaging.” Futurum Research, May 17, 2019. https://research.example.com/insights/microsoft-and-sony-teaming-up-is-smart/',
    );
  });
  it('names every author as the byline does, and the revision day when there is one', () => {
    const text = citationText({
      ...seed,
      authors: ['Tiffani Bova', 'Alex Smith'],
      modified: day('2019-06-02'),
    });
    expect(text).toMatch(/^Tiffani Bova and Alex Smith\. /);
    expect(text).toContain('Futurum Research, May 17, 2019, updated June 2, 2019. https://');
  });
  it('does not double the punctuation of a title or a name that already ends a sentence', () => {
    const text = citationText({
      ...seed,
      title: 'Is Outcomes-Led Focus the Shift?',
      authors: ['Futurum Research Inc.'],
    });
    expect(text).toMatch(/^Futurum Research Inc\. “Is Outcomes-Led Focus the Shift\?” Futurum Research, /);
  });
  it('keeps hostile characters as they are: the page escapes them, the text is what readers copy', () => {
    expect(citationText({ ...seed, title: '</script> & "x"' })).toContain('“</script> & "x".”');
  });
});

describe('scholarDate', () => {
  it('writes the day as Google Scholar asks', () => {
    expect(scholarDate(day('2019-05-17'))).toBe('2019/05/17');
  });
});

describe('citationMeta', () => {
  it('has the four tags, with one citation_author per author, in order', () => {
    expect(citationMeta({ ...seed, authors: ['A One', 'B Two'] })).toEqual([
      { name: 'citation_title', content: seed.title },
      { name: 'citation_author', content: 'A One' },
      { name: 'citation_author', content: 'B Two' },
      { name: 'citation_publication_date', content: '2019/05/17' },
      { name: 'citation_publisher', content: 'Futurum Research' },
    ]);
  });
});
