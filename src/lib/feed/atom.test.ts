import { describe, expect, it } from 'vitest';
import { atomFeed } from './atom';
import { HOSTILE, sampleChannel, sampleItem } from './testing';

describe('atomFeed', () => {
  it('has id, title, updated, self and alternate links, author, generator and icon on the feed', () => {
    const xml = atomFeed(sampleChannel(), [sampleItem('a', { updated: new Date('2026-02-20T00:00:00Z') })]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    expect(xml).toContain('xml:lang="en"');
    expect(xml).toContain('<id>https://research.example.com/atom.xml</id>');
    expect(xml).toContain('<title type="text">Site</title>');
    // The newest change among the entries, not the build time: archive documents stay the same.
    expect(xml).toContain('<updated>2026-02-20T00:00:00Z</updated>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://research.example.com/atom.xml"/>',
    );
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://research.example.com/"/>');
    expect(xml).toContain('<generator uri="https://astro.build/" version="7.3.5">Astro</generator>');
    expect(xml).toContain('<icon>https://research.example.com/feed-icon-144.png</icon>');
    expect(xml).not.toContain('fh:archive/>');
  });

  it('falls back to the build time for an empty feed', () => {
    expect(atomFeed(sampleChannel(), [])).toContain('<updated>2026-03-01T12:00:00Z</updated>');
  });

  it('writes entries with id, title, dates, authors, categories, and summary before content', () => {
    const xml = atomFeed(sampleChannel(), [
      sampleItem('a', {
        authors: [{ name: 'Jane Doe', url: 'https://research.example.com/authors/jane-doe/' }, { name: 'Ann Lee' }],
      }),
    ]);
    expect(xml).toContain('<id>https://research.example.com/insights/a/</id>');
    expect(xml).toContain('<published>2026-02-05T00:00:00Z</published>');
    expect(xml).toContain('<updated>2026-02-05T00:00:00Z</updated>');
    expect(xml).toContain(
      '<author><name>Jane Doe</name><uri>https://research.example.com/authors/jane-doe/</uri></author>',
    );
    expect(xml).toContain('<author><name>Ann Lee</name></author>');
    expect(xml).toContain('<category term="cloud" label="Cloud" scheme="https://research.example.com/topics/"/>');
    expect(xml.indexOf('<summary type="text">')).toBeLessThan(xml.indexOf('<content type="html">'));
    expect(xml).toContain('<content type="html">&lt;p&gt;Body of a.&lt;/p&gt;</content>');
  });

  it('writes RFC 5005 links for an archive document', () => {
    const xml = atomFeed(sampleChannel(), [sampleItem('a')], {
      self: 'https://research.example.com/archive/atom/2.xml',
      current: 'https://research.example.com/atom.xml',
      prevArchive: 'https://research.example.com/archive/atom/1.xml',
      nextArchive: 'https://research.example.com/archive/atom/3.xml',
    });
    expect(xml).toContain('xmlns:fh="http://purl.org/syndication/history/1.0"');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://research.example.com/archive/atom/2.xml"/>',
    );
    expect(xml).toContain(
      '<link rel="current" type="application/atom+xml" href="https://research.example.com/atom.xml"/>',
    );
    expect(xml).toContain(
      '<link rel="prev-archive" type="application/atom+xml" href="https://research.example.com/archive/atom/1.xml"/>',
    );
    expect(xml).toContain(
      '<link rel="next-archive" type="application/atom+xml" href="https://research.example.com/archive/atom/3.xml"/>',
    );
    expect(xml).toContain('<fh:archive/>');
    // The feed keeps its id across its documents.
    expect(xml).toContain('<id>https://research.example.com/atom.xml</id>');
  });

  it('gives the hero photo as one enclosure link', () => {
    const image = {
      url: 'https://research.example.com/_astro/h.jpg',
      type: 'image/jpeg',
      length: 99,
      width: 10,
      height: 5,
      alt: '',
    };
    const xml = atomFeed(sampleChannel(), [sampleItem('a', { image })]);
    expect(xml.match(/rel="enclosure"/g)).toHaveLength(1);
    expect(xml).toContain(
      '<link rel="enclosure" type="image/jpeg" length="99" href="https://research.example.com/_astro/h.jpg"/>',
    );
  });

  it('escapes hostile text and drops characters XML cannot carry', () => {
    const xml = atomFeed(sampleChannel({ title: HOSTILE }), [
      sampleItem('a', { title: `${HOSTILE}\u0001`, contentHtml: '<p>]]&gt;</p>' }),
    ]);
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain(
      '<title type="text">Fish &amp; Chips &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot; &apos;single&apos; ]]&gt; 🎉 שלום עולם',
    );
  });
});
