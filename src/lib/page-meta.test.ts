import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, canonicalUrl, documentTitle, metaDate, ogLocale, pageAddress } from './page-meta';

describe('documentTitle', () => {
  const pattern = '{title} | {site}';
  it('is the site name alone on the home page', () => {
    expect(documentTitle(pattern, 'Futurum Research')).toBe('Futurum Research');
  });
  it('fills the pattern from the site configuration', () => {
    expect(documentTitle(pattern, 'Futurum Research', 'Topics')).toBe('Topics | Futurum Research');
    expect(documentTitle('{site}: {title}', 'Futurum Research', 'Topics')).toBe('Futurum Research: Topics');
  });
  it('drops the site name from long titles, and cuts the longest at a word', () => {
    const long = 'Microsoft and Sony Teaming Up, Partnering on Cloud, Imaging';
    expect(documentTitle(pattern, 'Futurum Research', long)).toBe(long);
    const longest = `${'word '.repeat(20)}end`;
    const title = documentTitle(pattern, 'Futurum Research', longest);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/^word( word)*…$/);
  });
});

describe('pageAddress and canonicalUrl', () => {
  it('is the page’s own address, the not-found page’s file included', () => {
    expect(pageAddress('/insights/x/')).toBe('/insights/x/');
    expect(pageAddress('/404/')).toBe('/404.html');
    expect(canonicalUrl('https://research.example.com', '/404/')).toBe('https://research.example.com/404.html');
    expect(canonicalUrl('https://research.example.com', '/insights/x/')).toBe(
      'https://research.example.com/insights/x/',
    );
  });
  it('takes an entry’s override as it is', () => {
    expect(canonicalUrl('https://research.example.com', '/insights/x/', 'https://original.example.org/a?b=1')).toBe(
      'https://original.example.org/a?b=1',
    );
  });
});

describe('ogLocale', () => {
  it('writes language_REGION', () => {
    expect(ogLocale('en-US')).toBe('en_US');
    expect(ogLocale('fr')).toBe('fr');
    expect(ogLocale('pt-br')).toBe('pt_BR');
  });
});

describe('metaDate', () => {
  it('is the calendar day for a day, the full time otherwise', () => {
    expect(metaDate(new Date('2019-05-17T00:00:00Z'))).toBe('2019-05-17');
    expect(metaDate(new Date('2019-05-17T09:30:00Z'))).toBe('2019-05-17T09:30:00Z');
    expect(metaDate(new Date('2019-05-17T09:30:00.250Z'))).toBe('2019-05-17T09:30:00.250Z');
  });
});
