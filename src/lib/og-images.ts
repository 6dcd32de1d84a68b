/**
 * The generated Open Graph image of each page, from the content: what it shows (card), where it is served
 * (`/og/<name>.png`) and its alt text. The endpoint src/pages/og/[...name].png.ts draws them; pages name them in
 * their head metadata, and an insight without a photo shows its own as the cover.
 */
import { lastModified } from './last-modified';
import {
  authorsOf,
  getAuthors,
  getPublishedInsights,
  getTopics,
  topicsOf,
  type Author,
  type Insight,
  type Topic,
} from './insights';
import { OG_HEIGHT, OG_WIDTH, authorCard, cardAlt, insightCard, siteCard, topicCard, type Card } from './og/card';
import { site } from '../site.config';

export interface PageImage {
  /** Identifies the image: "insights/<id>", "topics/<id>", "authors/<id>" or "site". */
  name: string;
  /** Site path of the PNG. */
  path: string;
  /** Absolute URL of the PNG. */
  url: string;
  width: number;
  height: number;
  alt: string;
  card: Card;
}

function pageImage(name: string, card: Card): PageImage {
  const path = `/og/${name}.png`;
  return {
    name,
    path,
    url: new URL(path, site.url).href,
    width: OG_WIDTH,
    height: OG_HEIGHT,
    alt: cardAlt(card, site.name),
    card,
  };
}

/** An insight's image: its title, topics, authors and dates. */
export async function insightImage(insight: Insight): Promise<PageImage> {
  const [authors, topics] = await Promise.all([authorsOf(insight), topicsOf(insight)]);
  const { data } = insight;
  return pageImage(
    `insights/${insight.id}`,
    insightCard({
      title: data.title,
      topics: topics.map((t) => t.data.name),
      authors: authors.map((a) => a.data.name),
      pubDate: data.pubDate,
      modified: lastModified(data),
      locale: site.locale,
      timeZone: site.timeZone,
    }),
  );
}

/** A topic's image: its name and description. */
export function topicImage(topic: Topic): PageImage {
  return pageImage(`topics/${topic.id}`, topicCard(topic.data.name, topic.data.description));
}

/** An author's image: their name and job title. */
export function authorImage(author: Author): PageImage {
  return pageImage(`authors/${author.id}`, authorCard(author.data.name, author.data.title));
}

/** The site's image, for the home page and every page without one of its own. */
export function siteImage(): PageImage {
  return pageImage('site', siteCard(site.name, site.description));
}

/** Every image the site shows: each published insight's, each topic page's, each author's and the site's. */
export async function allPageImages(): Promise<PageImage[]> {
  const [published, topics, authors] = await Promise.all([getPublishedInsights(), getTopics(), getAuthors()]);
  // Topics get a page, and so an image, once an insight about them is published.
  const used = new Set(published.flatMap((i) => i.data.topics.map((t) => t.id)));
  return [
    siteImage(),
    ...(await Promise.all(published.map(insightImage))),
    ...topics.filter((t) => used.has(t.id)).map(topicImage),
    ...authors.map(authorImage),
  ];
}
