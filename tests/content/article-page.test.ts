import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../fixtures/build-fixture';
import { readOriginalPage, type OriginalPage } from '../fixtures/original-page';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const text = (el: HTMLElement | null | undefined) => squash(el?.textContent ?? '');

function page(path: string): HTMLElement {
  return parse(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));
}

describe('the seed article page, as built in dist/', () => {
  let original: OriginalPage;
  let doc: HTMLElement;
  beforeAll(() => {
    original = readOriginalPage();
    doc = page('insights/microsoft-and-sony-teaming-up-is-smart');
  });

  it('reads the original page correctly (guards the checks below)', () => {
    expect(original.body.filter((b) => b.kind === 'heading')).toHaveLength(3);
    expect(original.body.filter((b) => b.kind === 'paragraph')).toHaveLength(9);
    expect(original.related).toHaveLength(6);
    expect(original.otherArticles).toHaveLength(3);
  });

  it('has the title as its only h1', () => {
    const h1 = doc.querySelectorAll('h1');
    expect(h1).toHaveLength(1);
    expect(text(h1[0])).toBe(original.title);
  });

  it('has every paragraph and heading of the article, in order, and nothing else in the body', () => {
    const blocks = doc.querySelectorAll('.prose > h2, .prose > p').map((el) => ({
      kind: el.tagName === 'H2' ? 'heading' : 'paragraph',
      text: text(el),
    }));
    expect(blocks).toEqual(original.body);
  });

  it('links the earlier Stadia article inline', () => {
    const link = doc
      .querySelectorAll('.prose a')
      .find((a) => text(a).startsWith('Google Stadia Revolutionized Gaming'));
    expect(link?.getAttribute('href')).toBe(
      'https://futurumgroup.com/insights/google-stadia-revolutionized-gaming-why-its-too-late/',
    );
  });

  it('has a table of contents linking each section heading', () => {
    const toc = doc.querySelectorAll('nav.toc a').map((a) => ({ href: a.getAttribute('href'), label: text(a) }));
    const headings = doc.querySelectorAll('.prose > h2').map((h) => ({ href: `#${h.id}`, label: text(h) }));
    expect(toc).toEqual(headings);
    expect(toc).toHaveLength(3);
  });

  it('has the byline: author linking to the author page, date, reading time', () => {
    const byline = doc.querySelector('.byline');
    const author = byline?.querySelector('a');
    expect(text(author)).toBe('Timothy Albright');
    expect(author?.getAttribute('href')).toBe('/authors/timothy-albright/');
    const time = byline?.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2019-05-17');
    expect(text(time)).toBe('May 17, 2019');
    expect(text(byline)).toMatch(/\b[2-6] min read\b/);
    expect(text(byline)).not.toMatch(/Updated/);
  });

  it('has the topics, each linking to its topic page', () => {
    const topics = doc.querySelectorAll('ul.topics a').map((a) => [text(a), a.getAttribute('href')]);
    expect(topics).toEqual([
      ['Cloud', '/topics/cloud/'],
      ['Gaming', '/topics/gaming/'],
      ['Partnerships', '/topics/partnerships/'],
    ]);
  });

  it('has the disclaimer after the body', () => {
    const html = doc.toString();
    expect(text(doc.querySelector('.disclaimer'))).toBe(original.disclaimer);
    expect(html.indexOf('class="disclaimer')).toBeGreaterThan(html.indexOf('class="prose'));
  });

  it('has the three other relevant articles', () => {
    const section = doc.querySelector('section.other');
    expect(text(section?.querySelector('h2'))).toBe('Other Relevant Articles');
    expect(section?.querySelectorAll('li').map(text)).toEqual(original.otherArticles);
  });

  it('has the author information block with the full bio', () => {
    const block = doc.querySelector('section.authors');
    expect(text(block?.querySelector('h2'))).toBe('Author Information');
    expect(text(block)).toContain(original.bio);
    expect(text(block)).toContain('Analyst in Residence at Futurum Research');
    expect(block?.querySelector('svg.avatar')).toBeTruthy();
  });

  it('has the six related insights in the original order, with dates, summaries and links', () => {
    const cards = doc.querySelectorAll('section.related article');
    expect(cards).toHaveLength(6);
    cards.forEach((card, i) => {
      const expected = original.related[i];
      expect(text(card.querySelector('h3'))).toBe(expected?.title);
      expect(text(card.querySelector('time'))).toBe(expected?.date);
      expect(text(card.querySelector('.summary'))).toBe(expected?.excerpt);
      expect(card.querySelector('h3 a')?.getAttribute('href')).toMatch(/^\/insights\/[a-z0-9-]+\/$/);
    });
  });

  it('has the menu, the Book a Demo call to action and the footer', () => {
    const menu = doc.querySelectorAll('nav[aria-label="Menu"] a').map(text);
    expect(menu).toEqual(['Insights', 'Topics', 'Authors', 'Search', 'Feeds', 'Book a Demo']);
    expect(doc.querySelector('nav[aria-label="Menu"] a[aria-current]')?.getAttribute('href')).toBe('/insights/');
    expect(doc.querySelector('aside.cta a')?.getAttribute('href')).toBe('/book-a-demo/');
    expect(doc.querySelector('footer.site-footer')).toBeTruthy();
  });

  it('has the newsletter block with the original text and required fields', () => {
    const block = doc.querySelector('section.newsletter');
    expect(text(block?.querySelector('h2'))).toBe('Newsletter Sign-up Form');
    // The original's paragraph: the pitch, then the promise (printed beside the button).
    const [pitch, promise] = original.newsletter.split(/(?<=more\.) /);
    expect(text(block?.querySelector('p'))).toBe(pitch);
    expect(text(block?.querySelector('.promise'))).toBe(promise);
    expect(text(block)).toContain('All fields are required');
    const inputs = block?.querySelectorAll('input') ?? [];
    const fields = inputs.filter((i) => i.hasAttribute('data-label'));
    expect(fields.map((i) => i.getAttribute('autocomplete'))).toEqual([
      'given-name',
      'family-name',
      'email',
      'organization',
    ]);
    for (const input of fields) {
      expect(input.hasAttribute('required')).toBe(true);
      expect(block?.querySelector(`label[for="${input.id}"]`)).toBeTruthy();
    }
  });

  it('keeps reading order: skip link, header, breadcrumbs, topics, title, byline, body, disclaimer, others, author, related, demo, newsletter, footer', () => {
    const html = doc.toString();
    const order = [
      'class="skip-link"',
      'class="site-header"',
      'class="breadcrumbs"',
      'class="topics"',
      '<h1',
      'class="byline"',
      'class="toc',
      'class="prose"',
      'class="disclaimer"',
      'class="other"',
      'class="authors"',
      'class="related',
      '<aside class="cta',
      'class="newsletter',
      'class="site-footer"',
    ].map((marker) => html.indexOf(marker));
    expect(order.every((pos) => pos >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('ships no client JavaScript but the newsletter form’s', () => {
    const scripts = doc.querySelectorAll('script:not([type="application/ld+json"])');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.textContent).toContain('signup-form');
  });
});

describe('summary pages', () => {
  it('say plainly that they show a summary, and show the excerpt as cut', () => {
    const doc = page('insights/western-digital-q2-fy-2026-results-beat-on-cloud-hdd-demand');
    expect(text(doc.querySelector('.notice'))).toMatch(/summary/i);
    expect(text(doc.querySelector('.prose'))).toMatch(/shaping outlook\.\.\.\.$/);
    expect(text(doc.querySelector('.byline a'))).toBe('Futurum Research');
  });
});

describe('author pages', () => {
  it('exist for every byline, with bio and the author’s insights', () => {
    const doc = page('authors/timothy-albright');
    expect(text(doc.querySelector('h1'))).toBe('Timothy Albright');
    expect(text(doc)).toContain(readOriginalPage().bio);
    expect(doc.querySelectorAll('main article h3 a').map((a) => a.getAttribute('href'))).toContain(
      '/insights/microsoft-and-sony-teaming-up-is-smart/',
    );
    const pure = page('authors/alex-smith');
    expect(text(pure.querySelector('main'))).toContain('Pure Storage Revises Its Partner Program');
  });
});
