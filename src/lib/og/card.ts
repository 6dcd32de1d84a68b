/**
 * What a generated Open Graph image shows, and how it is laid out: pure functions from content to a
 * satori element tree. Rendering (fonts, satori, sharp, cache) lives in render.ts.
 */
import { formatDate } from '../dates';
import { joinNames } from '../names';

/** Open Graph images are 1200×630, the size every network crops the least. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the layout below or the PNG encoding (src/lib/og/render.ts) changes: every image is then drawn again. */
export const TEMPLATE_VERSION = 4;

/** The light theme's design tokens (src/styles/tokens.css). */
export const BRAND_COLORS = {
  background: '#ffffff',
  surface: '#f4f6f8',
  text: '#1b1f24',
  muted: '#4a5561',
  border: '#d5dbe1',
  accent: '#0a5c8c',
  accentStrong: '#073f61',
  accentLight: '#7cc4f0',
} as const;

export interface Brand {
  /** The site name, printed beside the icon. */
  name: string;
  /** The site's host name, printed at the top right: "research.example.com". */
  host: string;
  /** The site's icon (src/assets/brand/icon.svg), as SVG text. */
  iconSvg: string;
  colors: typeof BRAND_COLORS;
}

/** The text of one image. Every field comes from the content or the site configuration, never made up. */
export interface Card {
  kind: 'insight' | 'topic' | 'author' | 'site';
  /** The small line above the title: an insight's topics, or "Topic", "Author"; none on the site's card. */
  label?: string | undefined;
  /** The headline: an insight's title, a topic's or author's name, the site name. */
  title: string;
  /** A line under the title: a topic's description, an author's job title, the site description. */
  subtitle?: string | undefined;
  /** "By A and B", on insights. */
  byline?: string | undefined;
  /** "May 17, 2019", and the revision day when there is one, on insights. */
  date?: string | undefined;
}

export interface InsightCardInput {
  title: string;
  topics: readonly string[];
  authors: readonly string[];
  pubDate: Date;
  /** The revision day; shown when it differs from the publication day. */
  modified: Date;
  locale: string;
  timeZone: string;
}

export function insightCard(input: InsightCardInput): Card {
  const published = formatDate(input.pubDate, input.locale, input.timeZone);
  const modified = formatDate(input.modified, input.locale, input.timeZone);
  return {
    kind: 'insight',
    label: input.topics.length > 0 ? input.topics.join(' · ') : 'Insight',
    title: input.title,
    byline: input.authors.length > 0 ? `By ${joinNames(input.authors)}` : undefined,
    date: modified === published ? published : `${published} · Updated ${modified}`,
  };
}

export function topicCard(name: string, description?: string): Card {
  return { kind: 'topic', label: 'Topic', title: name, subtitle: description };
}

export function authorCard(name: string, jobTitle?: string): Card {
  return { kind: 'author', label: 'Author', title: name, subtitle: jobTitle };
}

export function siteCard(name: string, description: string): Card {
  return { kind: 'site', title: name, subtitle: description };
}

/** The image's alt text: what it shows, in words. */
export function cardAlt(card: Card, siteName: string): string {
  const parts = [card.label ? `${card.label}: ${card.title}` : card.title];
  if (card.subtitle) parts.push(card.subtitle);
  if (card.byline) parts.push(card.byline);
  if (card.date) parts.push(card.date);
  if (card.kind !== 'site') parts.push(siteName);
  return parts.join(' — ');
}

/** Every character the image draws, to choose the font files it needs. */
export function cardText(card: Card, brand: Pick<Brand, 'name' | 'host'>): string {
  return [
    brand.name,
    brand.host,
    card.label?.toUpperCase(),
    card.label,
    card.title,
    card.subtitle,
    card.byline,
    card.date,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Title size in pixels: long headlines get smaller type so that they fit in four lines. */
export function titleSize(title: string): number {
  const length = Array.from(title).length;
  if (length <= 40) return 72;
  if (length <= 70) return 64;
  if (length <= 110) return 54;
  return 46;
}

/** An element of satori's tree (React-element-like objects; no JSX needed). */
export interface Node {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (Node | string)[] | Node | string;
    [attr: string]: unknown;
  };
}

function h(
  type: string,
  style: Record<string, string | number>,
  ...children: (Node | string | undefined | false)[]
): Node {
  const kids = children.filter((c): c is Node | string => Boolean(c));
  return { type, props: { style, children: kids } };
}

/** CSS font-family lists for the card's two voices (render.ts builds them from the font files it loads). */
export interface FontStacks {
  /** The title's: the site's serif first. */
  serif: string;
  /** Everything else: the site's sans first. */
  sans: string;
}

/** The families' names, when no font files are involved (tests). */
export const PLAIN_STACKS: FontStacks = { serif: 'Source Serif 4', sans: 'Inter' };

/** The element tree satori draws: brand row, label, title, subtitle, byline and date. */
export function cardTree(card: Card, brand: Brand, fonts: FontStacks = PLAIN_STACKS): Node {
  const c = brand.colors;
  const icon: Node = {
    type: 'img',
    props: {
      src: `data:image/svg+xml;base64,${Buffer.from(brand.iconSvg).toString('base64')}`,
      width: 64,
      height: 64,
      style: { width: 64, height: 64 },
    },
  };
  const footer = card.byline || card.date;
  return h(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      backgroundColor: c.background,
      fontFamily: fonts.sans,
      color: c.text,
    },
    h('div', { width: 24, height: '100%', flexShrink: 0, backgroundColor: c.accent }),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        padding: '56px 72px 52px 64px',
      },
      h(
        'div',
        { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 32 },
        h(
          'div',
          { display: 'flex', alignItems: 'center', gap: 20 },
          icon,
          h('div', { fontSize: 34, fontWeight: 600, color: c.accentStrong }, brand.name),
        ),
        h('div', { fontSize: 26, color: c.muted }, brand.host),
      ),
      h(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 20 },
        card.label &&
          h(
            'div',
            {
              fontSize: 26,
              fontWeight: 600,
              letterSpacing: 2,
              textTransform: 'uppercase',
              color: c.accent,
              lineClamp: 1,
            },
            card.label,
          ),
        h(
          'div',
          {
            fontFamily: fonts.serif,
            fontSize: titleSize(card.title),
            fontWeight: 700,
            lineHeight: 1.15,
            color: c.text,
            lineClamp: 4,
          },
          card.title,
        ),
        card.subtitle && h('div', { fontSize: 30, lineHeight: 1.35, color: c.muted, lineClamp: 2 }, card.subtitle),
      ),
      footer &&
        h(
          'div',
          {
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'flex-end',
            gap: 32,
            paddingTop: 24,
            borderTop: `2px solid ${c.border}`,
            fontSize: 28,
            color: c.muted,
          },
          card.byline && h('div', { fontWeight: 600, color: c.text, lineClamp: 1, flexShrink: 1 }, card.byline),
          card.date && h('div', { flexShrink: 0 }, card.date),
        ),
    ),
  );
}
