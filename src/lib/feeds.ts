/**
 * Builds the site's feeds from its content. Everything here needs Astro at build time (content collections, the
 * Container API, image optimization), so it is checked through the built feeds (tests/feeds/); the pure parts
 * live in src/lib/feed/, each with its unit test.
 */
import { readFile } from 'node:fs/promises';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import type { ImageMetadata } from 'astro';
import { getConfiguredImageService, getImage, imageConfig } from 'astro:assets';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { site } from '../site.config';
import { archiveNeighbours, planArchive, type ArchivePlan } from './feed/archive';
import { atomFeed, type AtomPaging } from './feed/atom';
import { itemContentHtml, type FeedChannel, type FeedImage, type FeedItem } from './feed/item';
import { jsonFeed } from './feed/json-feed';
import { archivePath, feedPath, FEED_MEDIA_TYPES, type FeedFormat } from './feed/paths';
import { rssFeed } from './feed/rss';
import { feedKey } from './page-cache-keys';
import {
  authorPath,
  authorsOf,
  buildTime,
  getAuthors,
  getPublishedInsights,
  getTopics,
  insightPath,
  insightsByAuthor,
  insightsInTopic,
  topicPath,
  topicsOf,
  type Author,
  type Insight,
  type Topic,
} from './insights';

const absolute = (path: string): string => new URL(path, site.url).href;

/** One feed: what it is about, where it lives, and its insights (all published ones, newest first). */
export interface FeedScope {
  title: string;
  description: string;
  /** Site path of the page the feed belongs to. */
  home: string;
  /** Site folder the feed files live in. */
  folder: string;
  insights: readonly Insight[];
}

export async function siteFeedScope(): Promise<FeedScope> {
  return {
    title: site.name,
    description: site.description,
    home: '/',
    folder: '/',
    insights: await getPublishedInsights(),
  };
}

/** The feed of each topic that has a page (a topic with no published insight has neither). */
export async function topicFeedScopes(): Promise<{ topic: Topic; scope: FeedScope }[]> {
  const [topics, published] = await Promise.all([getTopics(), getPublishedInsights()]);
  return topics.flatMap((topic) => {
    const insights = insightsInTopic(published, topic.id);
    if (insights.length === 0) return [];
    const { name, description } = topic.data;
    const home = topicPath(topic.id);
    const scope = {
      title: `${site.name}: ${name}`,
      description: description ?? `Insights about ${name} from ${site.name}.`,
      home,
      folder: home,
      insights,
    };
    return [{ topic, scope }];
  });
}

/** The feed of every author (every author has a page, even before their first insight). */
export async function authorFeedScopes(): Promise<{ author: Author; scope: FeedScope }[]> {
  const [authors, published] = await Promise.all([getAuthors(), getPublishedInsights()]);
  return authors.map((author) => {
    const home = authorPath(author.id);
    const scope = {
      title: `${site.name}: ${author.data.name}`,
      description: `Insights by ${author.data.name} from ${site.name}.`,
      home,
      folder: home,
      insights: insightsByAuthor(published, author.id),
    };
    return { author, scope };
  });
}

/** The paths of a topic feed route (each format has one), keyed for the incremental build. */
export async function topicFeedPaths() {
  return Promise.all(
    (await topicFeedScopes()).map(async ({ topic, scope }) => ({
      params: { topic: topic.id },
      props: { scope },
      cacheKey: await feedKey(topic, scope),
    })),
  );
}

/** The paths of an author feed route (each format has one), keyed for the incremental build. */
export async function authorFeedPaths() {
  return Promise.all(
    (await authorFeedScopes()).map(async ({ author, scope }) => ({
      params: { id: author.id },
      props: { scope },
      cacheKey: await feedKey(author, scope),
    })),
  );
}

/** "Astro v7.3.5" (the endpoint's `context.generator`) as the feeds' generator. */
function generator(astroGenerator: string): FeedChannel['generator'] {
  const match = /^(.*?)\s+v?(\S+)$/.exec(astroGenerator);
  return { name: match?.[1] ?? astroGenerator, version: match?.[2] ?? '', url: 'https://astro.build/' };
}

function channelOf(scope: FeedScope, astroGenerator: string): FeedChannel {
  return {
    title: scope.title,
    description: scope.description,
    homeUrl: absolute(scope.home),
    language: site.lang,
    built: buildTime,
    urls: {
      rss: absolute(feedPath(scope.folder, 'rss')),
      atom: absolute(feedPath(scope.folder, 'atom')),
      json: absolute(feedPath(scope.folder, 'json')),
    },
    icon: absolute('/feed-icon-144.png'),
    largeIcon: absolute('/feed-icon-512.png'),
    publisher: { name: site.publisher, url: absolute('/') },
    generator: generator(astroGenerator),
  };
}

let container: Promise<experimental_AstroContainer> | undefined;

/** One Container API instance per build renders every insight's MDX body to HTML. */
function getContainer(): Promise<experimental_AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    experimental_AstroContainer.create({ renderers }),
  );
  return container;
}

/** The widest hero photo a feed carries; readers scale it down. */
const HERO_WIDTH = 1200;

/**
 * The hero photo as an optimized JPEG (PNG when the original is one), for enclosures and the item's content.
 * Astro writes optimized files after rendering, so the size an enclosure must state is measured by running the
 * same transform with the configured image service (sharp is deterministic: the bytes are the same).
 */
async function heroImage(insight: Insight): Promise<FeedImage | undefined> {
  const hero = insight.data.hero;
  if (!hero) return undefined;
  // "jpg", as the article page's <Picture> names its JPEG fallback: the same transform, so it is encoded once.
  const format = hero.src.format === 'png' ? 'png' : 'jpg';
  const image = await getImage({ src: hero.src, width: Math.min(HERO_WIDTH, hero.src.width), format });
  const url = absolute(image.src);
  const service = await getConfiguredImageService();
  const fsPath = (hero.src as ImageMetadata & { fsPath?: string }).fsPath;
  if (!('transform' in service) || !fsPath) {
    throw new Error(
      `Feeds: cannot measure the optimized hero photo of ${insight.id}: the image service does not transform locally`,
    );
  }
  const { data } = await service.transform(
    await readFile(fsPath),
    { ...image.options, src: hero.src.src },
    imageConfig,
    { info: () => {}, warn: () => {}, error: () => {} },
  );
  return {
    url,
    type: format === 'png' ? 'image/png' : 'image/jpeg',
    length: data.byteLength,
    width: Number(image.attributes['width'] ?? image.options.width),
    height: Number(image.attributes['height'] ?? image.options.height),
    alt: hero.alt,
    credit: hero.credit,
  };
}

async function buildItem(insight: Insight): Promise<FeedItem> {
  const url = absolute(insightPath(insight.id));
  const [{ Content }, authors, topics, image, renderer] = await Promise.all([
    render(insight),
    authorsOf(insight),
    topicsOf(insight),
    heroImage(insight),
    getContainer(),
  ]);
  // `feed: true` asks the MDX components for feed-safe markup (a chart becomes an image with alt text and a table).
  const bodyHtml = await renderer.renderToString(Content, { locals: { feed: true } });
  const { data } = insight;
  return {
    id: url,
    url,
    title: data.title,
    summary: data.description,
    contentHtml: itemContentHtml({
      bodyHtml,
      url,
      kind: data.kind,
      image,
      disclaimer: site.disclaimer,
      siteName: site.name,
    }),
    published: data.pubDate,
    updated: data.updatedDate,
    authors: authors.map((a) => ({ name: a.data.name, url: absolute(authorPath(a.id)) })),
    categories: topics.map((t) => ({
      term: t.id,
      label: t.data.name,
      url: absolute(topicPath(t.id)),
      scheme: absolute('/topics/'),
    })),
    image,
  };
}

const items = new Map<string, Promise<FeedItem>>();

/**
 * The feed item of an insight, rendered once per build: the site, topic and author feeds share it. An item asked
 * for with `keep: false` (an Atom archive document's, read once) is not kept: holding every insight's full text
 * until the end of the build made its memory grow with the archive.
 */
export function feedItem(insight: Insight, { keep = true } = {}): Promise<FeedItem> {
  // `astro dev` keeps this module across edits: it renders afresh so that feeds show the content as it is now.
  if (import.meta.env.DEV) return buildItem(insight);
  let item = items.get(insight.id);
  if (!item) {
    item = buildItem(insight);
    if (keep) items.set(insight.id, item);
  }
  return item;
}

const feedItems = (insights: readonly Insight[], options?: { keep: boolean }) =>
  Promise.all(insights.map((insight) => feedItem(insight, options)));

function respond(format: FeedFormat, body: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${FEED_MEDIA_TYPES[format]}; charset=utf-8` } });
}

/** The site's Atom archive (RFC 5005): the current document and the fixed archive pages. */
export async function siteArchive(): Promise<ArchivePlan<Insight>> {
  const published = await getPublishedInsights();
  return planArchive(published, { feedLength: site.feeds.length, pageSize: site.feeds.archivePageSize });
}

/**
 * A feed document: the scope's newest `feeds.length` insights in `format`. The site's Atom feed also links the
 * newest archive document, from which every older insight can be reached.
 */
export async function feedResponse(format: FeedFormat, scope: FeedScope, astroGenerator: string): Promise<Response> {
  const channel = channelOf(scope, astroGenerator);
  const latest = await feedItems(scope.insights.slice(0, site.feeds.length));
  if (format === 'rss') return respond(format, await rssFeed(channel, latest));
  if (format === 'json') return respond(format, jsonFeed(channel, latest));
  const paging: AtomPaging = { self: channel.urls.atom };
  if (scope.folder === '/') {
    const { pages } = await siteArchive();
    if (pages.length > 0) paging.prevArchive = absolute(archivePath(pages.length));
  }
  return respond(format, atomFeed(channel, latest, paging));
}

/** Archive document `number` of the site's Atom feed. */
export async function archiveResponse(number: number, astroGenerator: string): Promise<Response> {
  const [scope, { pages }] = await Promise.all([siteFeedScope(), siteArchive()]);
  const page = pages[number - 1];
  if (!page) throw new Error(`There is no Atom archive page ${number}`);
  const channel = channelOf(scope, astroGenerator);
  const { prev, next } = archiveNeighbours(number, pages.length);
  const paging: AtomPaging = {
    self: absolute(archivePath(number)),
    current: channel.urls.atom,
    prevArchive: prev ? absolute(archivePath(prev)) : undefined,
    nextArchive: next ? absolute(archivePath(next)) : undefined,
  };
  return respond('atom', atomFeed(channel, await feedItems(page.items, { keep: false }), paging));
}
