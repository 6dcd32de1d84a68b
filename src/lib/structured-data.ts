/**
 * The structured data (JSON-LD) of each kind of page, from the content and the site configuration. The shapes
 * are built by the pure functions of json-ld.ts; pages print them with the JsonLd component.
 */
import { authorPath, type Author } from './insights';
import { collectionPage, type AuthorRef, type ImageRef, type PublisherRef } from './json-ld';
import { canonicalUrl, metaDate } from './page-meta';
import { icon, iconPath } from './web-manifest';
import { site } from '../site.config';

/** An absolute URL on this site. */
export const absoluteUrl = (path: string): string => new URL(path, site.url).href;

/** The publisher, with the site's icon as its logo. */
export function publisherRef(): PublisherRef {
  const logo = icon('icon-512');
  return {
    name: site.publisher,
    url: absoluteUrl('/'),
    logo: { url: absoluteUrl(iconPath(logo)), width: logo.size, height: logo.size },
  };
}

/** An author entry as structured data: name, page, job title when stated, organisation or person. */
export function authorRef(author: Author): AuthorRef {
  return {
    name: author.data.name,
    url: absoluteUrl(authorPath(author.id)),
    jobTitle: author.data.title,
    organization: author.data.organization,
  };
}

/** An image's URL and size, as structured data wants them. */
export function imageRef(image: { url: string; width: number; height: number }): ImageRef {
  return { url: image.url, width: image.width, height: image.height };
}

/** The site, as collections say they are part of. */
export const siteRef = (): { name: string; url: string } => ({ name: site.name, url: absoluteUrl('/') });

export interface CollectionOf {
  /** The page's path (Astro.url.pathname). */
  path: string;
  name: string;
  description: string;
  /** Site paths of the items the page lists, in order. */
  items: readonly string[];
  /** The page's Open Graph image. */
  image: { url: string; width: number; height: number };
  /** When the newest item listed last changed (newestModified()). */
  modified?: Date | undefined;
}

/** A CollectionPage for a page that lists insights, topics or authors. */
export function collectionOf(input: CollectionOf): Record<string, unknown> {
  return collectionPage({
    url: canonicalUrl(site.url, input.path),
    name: input.name,
    description: input.description,
    site: siteRef(),
    items: input.items.map(absoluteUrl),
    image: imageRef(input.image),
    dateModified: input.modified ? metaDate(input.modified) : undefined,
  });
}
