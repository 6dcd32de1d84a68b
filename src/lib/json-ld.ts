/**
 * Serialises structured data for a `<script type="application/ld+json">` element. `<`, `>` and `&`
 * are escaped as JSON unicode escapes, so that a title containing `</script>` or `<!--` cannot end
 * or alter the element, while the JSON value stays exactly the same.
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface BreadcrumbItem {
  name: string;
  /** Absolute URL of the crumb. */
  url: string;
}

/** A schema.org BreadcrumbList for a trail of absolute URLs, home first. */
export function breadcrumbList(items: readonly BreadcrumbItem[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

const CONTEXT = 'https://schema.org';

/** An image as structured data: absolute URL and its size in pixels. */
export interface ImageRef {
  url: string;
  width: number;
  height: number;
}

const imageObject = (image: ImageRef) => ({
  '@type': 'ImageObject',
  url: image.url,
  width: image.width,
  height: image.height,
});

/** A byline as structured data: a person, or the publisher's house byline. */
export interface AuthorRef {
  name: string;
  /** Absolute URL of the author's page. */
  url: string;
  /** Job title, only when the author entry states one. */
  jobTitle?: string | undefined;
  /** True for an organisation byline, which is an Organization, not a Person. */
  organization?: boolean | undefined;
}

/** A schema.org Person (or Organization, for a house byline) for an author. */
export function authorEntity(author: AuthorRef): Record<string, unknown> {
  if (author.organization) return { '@type': 'Organization', name: author.name, url: author.url };
  return {
    '@type': 'Person',
    name: author.name,
    url: author.url,
    ...(author.jobTitle ? { jobTitle: author.jobTitle } : {}),
  };
}

/** The publisher. */
export interface PublisherRef {
  name: string;
  /** Absolute URL of the site. */
  url: string;
  logo: ImageRef;
}

/** A schema.org Organization for the publisher, with its logo. */
export function publisherEntity(publisher: PublisherRef): Record<string, unknown> {
  return { '@type': 'Organization', name: publisher.name, url: publisher.url, logo: imageObject(publisher.logo) };
}

export interface ArticleInput {
  headline: string;
  description: string;
  /** The canonical URL of the article. */
  url: string;
  datePublished: string;
  /** lastModified(), as everywhere else on the page. */
  dateModified: string;
  authors: readonly AuthorRef[];
  publisher: PublisherRef;
  image: ImageRef;
  /** The first topic's name. */
  section?: string | undefined;
  /** The topics' names. */
  keywords: readonly string[];
  inLanguage: string;
}

/** A schema.org NewsArticle for an insight. Every insight is free to read. */
export function newsArticle(input: ArticleInput): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author: input.authors.map(authorEntity),
    publisher: publisherEntity(input.publisher),
    image: [imageObject(input.image)],
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords.length > 0 ? { keywords: input.keywords.join(', ') } : {}),
    inLanguage: input.inLanguage,
    isAccessibleForFree: true,
  };
}

export interface ProfileInput {
  /** The profile page's URL. */
  url: string;
  author: AuthorRef;
  description?: string | undefined;
  image: ImageRef;
  /** When the newest insight listed on the page last changed. */
  dateModified?: string | undefined;
}

/** A schema.org ProfilePage whose main entity is the author. */
export function profilePage(input: ProfileInput): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    url: input.url,
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    mainEntity: {
      ...authorEntity(input.author),
      ...(input.description ? { description: input.description } : {}),
    },
    image: imageObject(input.image),
  };
}

export interface CollectionInput {
  url: string;
  name: string;
  description: string;
  /** The site the collection belongs to. */
  site: { name: string; url: string };
  /** Absolute URLs of the items the page lists, in order. */
  items: readonly string[];
  image: ImageRef;
  dateModified?: string | undefined;
}

/** A schema.org CollectionPage for a list of insights (archive, topic, index of topics or authors). */
export function collectionPage(input: CollectionInput): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    url: input.url,
    name: input.name,
    description: input.description,
    isPartOf: { '@type': 'WebSite', name: input.site.name, url: input.site.url },
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    image: imageObject(input.image),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: input.items.length,
      itemListElement: input.items.map((url, i) => ({ '@type': 'ListItem', position: i + 1, url })),
    },
  };
}

export interface WebSiteInput {
  name: string;
  /** The site's root URL. */
  url: string;
  description: string;
  inLanguage: string;
  publisher: PublisherRef;
  /** The search page's URL with `{search_term_string}` where the query goes. */
  searchUrlTemplate: string;
}

/** A schema.org WebSite with the search action that lets search engines offer a search box. */
export function webSite(input: WebSiteInput): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    description: input.description,
    inLanguage: input.inLanguage,
    publisher: publisherEntity(input.publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: input.searchUrlTemplate },
      'query-input': 'required name=search_term_string',
    },
  };
}
