/**
 * The feed checks catch what they are meant to catch: each rule, and each real tool, fails on a broken feed.
 * (A check that never fails proves nothing about the real feeds.)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  feedparser,
  htmlProblems,
  newsboat,
  rfc3339Problem,
  rfc822Problem,
  validatorProblemsOf,
  xmllint,
} from './feed-checks';

const url = 'https://research.example.com/rss.xml';

const rss = (channel: string, item: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>T</title><link>https://research.example.com/</link><description>D</description>${channel}
<item>${item}</item></channel></rss>`;
const selfLink = `<atom:link href="${url}" rel="self" type="application/rss+xml"/>`;
const goodItem =
  '<title>A</title><link>https://research.example.com/a/</link><guid isPermaLink="true">https://research.example.com/a/</guid>' +
  '<description>d</description><content:encoded>&lt;p&gt;&lt;a href="https://research.example.com/x"&gt;x&lt;/a&gt;&lt;/p&gt;</content:encoded>' +
  '<pubDate>Fri, 17 May 2019 00:00:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>';

describe('RSS rules', () => {
  it('pass a correct feed', () => {
    expect(validatorProblemsOf(rss(selfLink, goodItem), 'rss', url)).toEqual([]);
  });
  it('catch a missing or wrong self link', () => {
    expect(validatorProblemsOf(rss('', goodItem), 'rss', url).join()).toMatch(/0 atom:link rel="self"/);
    expect(
      validatorProblemsOf(rss(selfLink, goodItem), 'rss', 'https://research.example.com/other.xml').join(),
    ).toMatch(/the feed is at/);
  });
  it('catch dates with a wrong weekday or a two-digit year', () => {
    expect(rfc822Problem('Thu, 17 May 2019 00:00:00 GMT')).toMatch(/wrong weekday/);
    expect(rfc822Problem('Fri, 17 May 19 00:00:00 GMT')).toMatch(/four-digit year/);
    expect(rfc822Problem('Fri, 31 Feb 2019 00:00:00 GMT')).toMatch(/not a real date/);
    expect(rfc822Problem('Fri, 17 May 2019 00:00:00 GMT')).toBeUndefined();
    expect(validatorProblemsOf(rss(selfLink, goodItem.replace('Fri,', 'Mon,')), 'rss', url).join()).toMatch(
      /wrong weekday/,
    );
  });
  it('catch a bare name in <author>, a missing or relative guid, content before description, two enclosures', () => {
    const check = (item: string) => validatorProblemsOf(rss(selfLink, item), 'rss', url).join('\n');
    expect(check(`${goodItem}<author>Jane Doe</author>`)).toMatch(/not an e-mail address/);
    expect(check(`${goodItem}<author>jane@example.com (Jane Doe)</author>`)).toBe('');
    expect(check(goodItem.replace(/<guid.*<\/guid>/, ''))).toMatch(/no guid/);
    expect(check(goodItem.replace(/(<guid[^>]*>)https:\/\/research\.example\.com/, '$1'))).toMatch(
      /guid "\/a\/" is not an absolute URL/,
    );
    expect(check(goodItem.replace('<description>d</description>', '') + '<description>d</description>')).toMatch(
      /before the description/,
    );
    const enclosure = '<enclosure url="https://research.example.com/a.jpg" length="1" type="image/jpeg"/>';
    expect(check(goodItem + enclosure + enclosure)).toMatch(/2 enclosures/);
  });
  it('catch relative URLs and leftovers anywhere in the content', () => {
    expect(
      htmlProblems(
        '<p><a href="/x">x</a><a href="#f">f</a><img src="a.png" srcset="https://e.org/a.png 1x, b.png 2x"></p>',
      ),
    ).toEqual([
      'relative URL href="/x" on <a>',
      'relative URL href="#f" on <a>',
      'relative URL src="a.png" on <img>',
      'relative URL in srcset: "b.png" on <img>',
    ]);
    expect(htmlProblems('<p data-astro-cid-x style="x">a</p><script>x</script><style>p{}</style>')).toEqual([
      'data-astro-cid-x attribute',
      'style attribute on <p>',
      '<script> element',
      '<style> element',
    ]);
  });
});

describe('Atom and JSON Feed rules', () => {
  const atomUrl = 'https://research.example.com/atom.xml';
  const atom = (head: string, entry: string) =>
    `<feed xmlns="http://www.w3.org/2005/Atom">${head}<entry>${entry}</entry></feed>`;
  const head = `<id>${atomUrl}</id><title>T</title><updated>2024-03-01T00:00:00Z</updated><link rel="self" href="${atomUrl}"/><author><name>P</name></author>`;
  const entry =
    '<id>https://research.example.com/a/</id><title>A</title><updated>2024-03-01T00:00:00Z</updated><summary>s</summary><content type="html">&lt;p&gt;c&lt;/p&gt;</content>';

  it('pass a correct Atom feed and catch missing parts', () => {
    expect(validatorProblemsOf(atom(head, entry), 'atom', atomUrl)).toEqual([]);
    expect(
      validatorProblemsOf(atom(head.replace(/<updated>.*<\/updated>/, ''), entry), 'atom', atomUrl).join(),
    ).toMatch(/feed: no <updated>/);
    expect(validatorProblemsOf(atom(head, entry.replace(/<id>.*?<\/id>/, '')), 'atom', atomUrl).join()).toMatch(
      /entry 1: no <id>/,
    );
    expect(validatorProblemsOf(atom(head, entry.replace('<summary>s</summary>', '')), 'atom', atomUrl).join()).toMatch(
      /before the summary/,
    );
    expect(
      validatorProblemsOf(atom(head, entry.replace('&lt;p&gt;c', '&lt;a href="x"&gt;c')), 'atom', atomUrl).join(),
    ).toMatch(/relative URL/);
    expect(rfc3339Problem('2024-02-30T00:00:00Z')).toMatch(/not a real date/);
    expect(rfc3339Problem('2024-02-03 00:00:00')).toMatch(/not an RFC 3339 date/);
  });

  it('pass a correct JSON Feed and catch wrong version, feed_url, ids and dates', () => {
    const jsonUrl = 'https://research.example.com/feed.json';
    const item = {
      id: 'https://research.example.com/a/',
      url: 'https://research.example.com/a/',
      summary: 's',
      content_html: '<p>c</p>',
      date_published: '2024-03-01T00:00:00Z',
    };
    const doc = (over: object, itemOver: object = {}) =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'T',
        home_page_url: 'https://research.example.com/',
        feed_url: jsonUrl,
        items: [{ ...item, ...itemOver }],
        ...over,
      });
    expect(validatorProblemsOf(doc({}), 'json', jsonUrl)).toEqual([]);
    expect(validatorProblemsOf(doc({ version: 'https://jsonfeed.org/version/1' }), 'json', jsonUrl).join()).toMatch(
      /version/,
    );
    expect(
      validatorProblemsOf(doc({ feed_url: 'https://research.example.com/x.json' }), 'json', jsonUrl).join(),
    ).toMatch(/feed_url/);
    expect(validatorProblemsOf(doc({}, { id: 7 }), 'json', jsonUrl).join()).toMatch(/id is not a non-empty string/);
    expect(validatorProblemsOf(doc({}, { date_published: '2024-13-01T00:00:00Z' }), 'json', jsonUrl).join()).toMatch(
      /date_published/,
    );
  });
});

describe('the real tools reject a broken feed', () => {
  let broken: string;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'broken-feed-'));
    broken = path.join(dir, 'rss.xml');
    // An unescaped ampersand and an unclosed element.
    await writeFile(broken, rss(selfLink, `${goodItem}<title>Fish & Chips</title>`).replace('</channel>', ''));
  });
  afterAll(async () => {
    await rm(path.dirname(broken), { recursive: true, force: true });
  });

  it('xmllint reports it', async () => {
    expect((await xmllint(broken)).ok).toBe(false);
  });
  it('feedparser flags it as bozo', async () => {
    expect((await feedparser(broken)).bozo).toBe(true);
  });
  it('newsboat, which recovers from malformed XML, logs an error and stores nothing for a feed it cannot read', async () => {
    const unreadable = path.join(path.dirname(broken), 'unreadable.xml');
    await writeFile(unreadable, rss(selfLink, goodItem).replace(' version="2.0"', ''));
    const { stored, log } = await newsboat(unreadable);
    expect(stored).toBe(0);
    expect(log).toMatch(/error/i);
  });
});
