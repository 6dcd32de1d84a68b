import { describe, expect, it } from 'vitest';
import { customDataText, rssFeed } from './rss';
import { HOSTILE, sampleChannel, sampleItem } from './testing';

describe('rssFeed', () => {
  it('describes the channel: self link, language, build date, image and generator', async () => {
    const xml = await rssFeed(sampleChannel(), [sampleItem('a')]);
    expect(xml).toContain(
      '<atom:link href="https://research.example.com/rss.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(xml).toContain('<language>en</language>');
    expect(xml).toContain('<lastBuildDate>Sun, 01 Mar 2026 12:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<generator>Astro v7.3.5</generator>');
    expect(xml).toMatch(
      /<image><url>https:\/\/research\.example\.com\/feed-icon-144\.png<\/url><title>Site<\/title><link>https:\/\/research\.example\.com\/<\/link><width>144<\/width><height>144<\/height><\/image>/,
    );
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
  });

  it('writes each item with a permanent guid, an RFC 822 date, dc:creator and categories', async () => {
    const item = sampleItem('a', { authors: [{ name: 'Jane Doe' }, { name: 'Ann Lee' }] });
    const xml = await rssFeed(sampleChannel(), [item]);
    expect(xml).toContain('<guid isPermaLink="true">https://research.example.com/insights/a/</guid>');
    expect(xml).toContain('<pubDate>Thu, 05 Feb 2026 00:00:00 GMT</pubDate>');
    expect(xml).toContain('<dc:creator>Jane Doe</dc:creator><dc:creator>Ann Lee</dc:creator>');
    expect(xml).not.toMatch(/<author>/);
    expect(xml).toContain('<category>Cloud</category>');
  });

  it('gives the revision date as atom:updated, only when there is one', async () => {
    const revised = await rssFeed(sampleChannel(), [sampleItem('a', { updated: new Date('2026-02-07T00:00:00Z') })]);
    expect(revised).toContain('<atom:updated>2026-02-07T00:00:00Z</atom:updated>');
    expect(await rssFeed(sampleChannel(), [sampleItem('a')])).not.toContain('atom:updated');
  });

  it('puts the plain-text description before the full content', async () => {
    const xml = await rssFeed(sampleChannel(), [sampleItem('a')]);
    expect(xml.indexOf('<description>Summary of a.</description>')).toBeGreaterThan(0);
    expect(xml.indexOf('<description>Summary of a.')).toBeLessThan(xml.indexOf('<content:encoded>'));
    expect(xml).toContain('<content:encoded>&lt;p&gt;Body of a.&lt;/p&gt;</content:encoded>');
  });

  it('gives the hero photo as one enclosure and a media:content', async () => {
    const image = {
      url: 'https://research.example.com/_astro/h.jpg',
      type: 'image/jpeg',
      length: 1234,
      width: 1200,
      height: 800,
      alt: 'A',
    };
    const xml = await rssFeed(sampleChannel(), [sampleItem('a', { image })]);
    expect(xml.match(/<enclosure /g)).toHaveLength(1);
    expect(xml).toContain(
      '<enclosure url="https://research.example.com/_astro/h.jpg" length="1234" type="image/jpeg"/>',
    );
    expect(xml).toContain(
      '<media:content url="https://research.example.com/_astro/h.jpg" type="image/jpeg" medium="image" fileSize="1234" width="1200" height="800"/>',
    );
  });

  it('escapes hostile text once for HTML (description) and once for XML, with no raw CDATA end', async () => {
    const item = sampleItem('a', { title: HOSTILE, summary: HOSTILE, contentHtml: '<p>]]&gt; &amp; &lt;</p>' });
    const xml = await rssFeed(sampleChannel({ title: HOSTILE }), [item]);
    expect(xml).not.toContain(']]>');
    expect(xml).toContain('<title>Fish &amp; Chips &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot;');
    expect(xml).toContain('<description>Fish &amp;amp; Chips &amp;lt;b&amp;gt;bold');
    expect(xml).toContain('🎉 שלום עולם');
  });

  it('drops characters XML cannot carry', async () => {
    const xml = await rssFeed(sampleChannel(), [
      sampleItem('a', { title: 'a\u0001b', contentHtml: '<p>c\u0000d</p>' }),
    ]);
    expect(xml).toContain('<title>ab</title>');
    expect(xml).toContain('&lt;p&gt;cd&lt;/p&gt;');
  });
});

describe('customDataText', () => {
  it('escapes text', () => {
    expect(customDataText('A & B', 'x')).toBe('A &amp; B');
    expect(customDataText('1843', 'x')).toBe('1843');
  });
  it('refuses text that @astrojs/rss would turn into a different number', () => {
    expect(() => customDataText('007', 'author name')).toThrow(/author name "007"/);
    expect(() => customDataText('1e3', 'author name')).toThrow();
    expect(() => customDataText('0x10', 'author name')).toThrow();
  });
});
