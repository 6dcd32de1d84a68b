import { describe, expect, it } from 'vitest';
import {
  BRAND_COLORS,
  OG_HEIGHT,
  OG_WIDTH,
  authorCard,
  cardAlt,
  cardText,
  cardTree,
  insightCard,
  siteCard,
  titleSize,
  topicCard,
  type Brand,
  type Node,
} from './card';

const brand: Brand = {
  name: 'Futurum Research',
  host: 'research.example.com',
  iconSvg: '<svg/>',
  colors: BRAND_COLORS,
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const seed = insightCard({
  title: 'Microsoft and Sony Teaming Up, Partnering on Cloud, Imaging',
  topics: ['Cloud', 'Gaming', 'Partnerships'],
  authors: ['Timothy Albright'],
  pubDate: day('2019-05-17'),
  modified: day('2019-05-17'),
  locale: 'en-US',
  timeZone: 'UTC',
});

/** All the strings of an element tree, in document order. */
function texts(node: Node | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe('insightCard', () => {
  it('shows the title, the topics, the byline and the publication day', () => {
    expect(seed).toEqual({
      kind: 'insight',
      label: 'Cloud · Gaming · Partnerships',
      title: 'Microsoft and Sony Teaming Up, Partnering on Cloud, Imaging',
      byline: 'By Timothy Albright',
      date: 'May 17, 2019',
    });
  });
  it('names every author and the revision day, and says "Insight" when there is no topic', () => {
    const card = insightCard({
      title: 'T',
      topics: [],
      authors: ['Tiffani Bova', 'Alex Smith', 'Olivier Blanchard'],
      pubDate: day('2026-02-05'),
      modified: day('2026-02-07'),
      locale: 'en-US',
      timeZone: 'UTC',
    });
    expect(card.label).toBe('Insight');
    expect(card.byline).toBe('By Tiffani Bova, Alex Smith, and Olivier Blanchard');
    expect(card.date).toBe('February 5, 2026 · Updated February 7, 2026');
  });
});

describe('other cards', () => {
  it('show what their page is about, and nothing made up', () => {
    expect(topicCard('Cloud')).toEqual({ kind: 'topic', label: 'Topic', title: 'Cloud', subtitle: undefined });
    expect(authorCard('Jane Doe', 'Analyst').subtitle).toBe('Analyst');
    expect(siteCard('Site', 'About.')).toEqual({ kind: 'site', title: 'Site', subtitle: 'About.' });
  });
});

describe('cardAlt', () => {
  it('says in words what the image shows', () => {
    expect(cardAlt(seed, 'Futurum Research')).toBe(
      'Cloud · Gaming · Partnerships: Microsoft and Sony Teaming Up, Partnering on Cloud, Imaging — By Timothy Albright — May 17, 2019 — Futurum Research',
    );
    expect(cardAlt(siteCard('Site', 'About.'), 'Site')).toBe('Site — About.');
  });
});

describe('cardText', () => {
  it('holds every character drawn, including the upper-cased label and the host', () => {
    const text = cardText(topicCard('Straße'), brand);
    expect(text).toContain('TOPIC');
    expect(text).toContain('Straße');
    expect(text).toContain('research.example.com');
  });
});

describe('titleSize', () => {
  it('shrinks as titles grow, counting characters rather than UTF-16 units', () => {
    expect(titleSize('Short')).toBe(72);
    expect(titleSize('x'.repeat(60))).toBe(64);
    expect(titleSize('x'.repeat(100))).toBe(54);
    expect(titleSize('x'.repeat(200))).toBe(46);
    expect(titleSize('🚀'.repeat(40))).toBe(72);
  });
});

describe('cardTree', () => {
  it('is a 1200×630 tree that draws the card’s text in reading order', () => {
    const tree = cardTree(seed, brand);
    expect(tree.props.style).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(texts(tree)).toEqual([
      'Futurum Research',
      'research.example.com',
      'Cloud · Gaming · Partnerships',
      'Microsoft and Sony Teaming Up, Partnering on Cloud, Imaging',
      'By Timothy Albright',
      'May 17, 2019',
    ]);
  });
  it('leaves out what a card does not have', () => {
    expect(texts(cardTree(siteCard('Site', 'About.'), brand))).toEqual([
      'Futurum Research',
      'research.example.com',
      'Site',
      'About.',
    ]);
  });
  it('embeds the icon as a data URL', () => {
    const json = JSON.stringify(cardTree(seed, brand));
    expect(json).toContain(`data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`);
  });
});
