import { describe, expect, it } from 'vitest';
import { authorEntity, breadcrumbList, collectionPage, jsonLd, newsArticle, profilePage, webSite } from './json-ld';

describe('jsonLd', () => {
  it('cannot be broken out of by a hostile string, and parses back to the same value', () => {
    const data = { headline: 'A </script><script>alert(1)</script> & "quotes" <!-- \u2028' };
    const out = jsonLd(data);
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});

describe('breadcrumbList', () => {
  it('numbers the items from 1, home first', () => {
    const list = breadcrumbList([
      { name: 'Home', url: 'https://x.test/' },
      { name: 'Insights', url: 'https://x.test/insights/' },
    ]);
    expect(list['@type']).toBe('BreadcrumbList');
    expect(list['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.test/' },
      { '@type': 'ListItem', position: 2, name: 'Insights', item: 'https://x.test/insights/' },
    ]);
  });
});

const publisher = {
  name: 'Futurum Research',
  url: 'https://x.test/',
  logo: { url: 'https://x.test/icon-512.png', width: 512, height: 512 },
};
const image = { url: 'https://x.test/og/insights/a.png', width: 1200, height: 630 };

describe('authorEntity', () => {
  it('is a Person with page and job title, or an Organization for a house byline', () => {
    expect(authorEntity({ name: 'Jane Doe', url: 'https://x.test/authors/jane-doe/', jobTitle: 'Analyst' })).toEqual({
      '@type': 'Person',
      name: 'Jane Doe',
      url: 'https://x.test/authors/jane-doe/',
      jobTitle: 'Analyst',
    });
    expect(authorEntity({ name: 'John Roe', url: 'https://x.test/authors/john-roe/' })).not.toHaveProperty('jobTitle');
    expect(authorEntity({ name: 'House', url: 'https://x.test/authors/house/', organization: true })['@type']).toBe(
      'Organization',
    );
  });
});

describe('newsArticle', () => {
  const article = newsArticle({
    headline: 'A </script> & "quoted" title',
    description: 'D',
    url: 'https://x.test/insights/a/',
    datePublished: '2024-03-01',
    dateModified: '2024-03-05',
    authors: [
      { name: 'Jane Doe', url: 'https://x.test/authors/jane-doe/', jobTitle: 'Analyst' },
      { name: 'John Roe', url: 'https://x.test/authors/john-roe/' },
    ],
    publisher,
    image,
    section: 'Cloud',
    keywords: ['Cloud', 'Gaming'],
    inLanguage: 'en',
  });

  it('has every property search engines read', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A </script> & "quoted" title',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://x.test/insights/a/' },
      datePublished: '2024-03-01',
      dateModified: '2024-03-05',
      articleSection: 'Cloud',
      keywords: 'Cloud, Gaming',
      isAccessibleForFree: true,
      publisher: { '@type': 'Organization', name: 'Futurum Research', logo: { '@type': 'ImageObject', width: 512 } },
      image: [{ '@type': 'ImageObject', url: image.url, width: 1200, height: 630 }],
    });
    expect((article['author'] as unknown[]).length).toBe(2);
  });
  it('survives jsonLd() unchanged', () => {
    expect(JSON.parse(jsonLd(article))).toEqual(article);
  });
  it('leaves out the section and keywords of an insight without topics', () => {
    const bare = newsArticle({
      headline: 'H',
      description: 'D',
      url: 'https://x.test/insights/b/',
      datePublished: '2024-03-01',
      dateModified: '2024-03-01',
      authors: [],
      publisher,
      image,
      keywords: [],
      inLanguage: 'en',
    });
    expect(bare).not.toHaveProperty('articleSection');
    expect(bare).not.toHaveProperty('keywords');
  });
});

describe('profilePage', () => {
  it('has the author as its main entity', () => {
    const page = profilePage({
      url: 'https://x.test/authors/jane-doe/',
      author: { name: 'Jane Doe', url: 'https://x.test/authors/jane-doe/', jobTitle: 'Analyst' },
      description: 'Bio.',
      image,
      dateModified: '2024-03-05',
    });
    expect(page).toMatchObject({
      '@type': 'ProfilePage',
      dateModified: '2024-03-05',
      mainEntity: { '@type': 'Person', name: 'Jane Doe', jobTitle: 'Analyst', description: 'Bio.' },
    });
  });
});

describe('collectionPage', () => {
  it('lists its items in order, as part of the site', () => {
    const page = collectionPage({
      url: 'https://x.test/topics/cloud/',
      name: 'Cloud',
      description: 'D',
      site: { name: 'S', url: 'https://x.test/' },
      items: ['https://x.test/insights/a/', 'https://x.test/insights/b/'],
      image,
    });
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      isPartOf: { '@type': 'WebSite', url: 'https://x.test/' },
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 2,
        itemListElement: [
          { '@type': 'ListItem', position: 1, url: 'https://x.test/insights/a/' },
          { '@type': 'ListItem', position: 2, url: 'https://x.test/insights/b/' },
        ],
      },
    });
    expect(page).not.toHaveProperty('dateModified');
  });
});

describe('webSite', () => {
  it('offers a search action on the search page', () => {
    const site = webSite({
      name: 'S',
      url: 'https://x.test/',
      description: 'D',
      inLanguage: 'en',
      publisher,
      searchUrlTemplate: 'https://x.test/search/?q={search_term_string}',
    });
    expect(site['potentialAction']).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://x.test/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});
