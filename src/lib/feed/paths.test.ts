import { describe, expect, it } from 'vitest';
import { archivePath, feedLinks, feedPath } from './paths';

describe('feed paths', () => {
  it('puts the three formats in the folder of their page', () => {
    expect(feedPath('/', 'rss')).toBe('/rss.xml');
    expect(feedPath('/topics/cloud/', 'atom')).toBe('/topics/cloud/atom.xml');
    expect(feedPath('/authors/jane-doe/', 'json')).toBe('/authors/jane-doe/feed.json');
  });
  it('refuses a folder without its slashes', () => {
    expect(() => feedPath('/topics/cloud', 'rss')).toThrow(/starts and ends/);
  });
  it('names each link by its format', () => {
    expect(feedLinks('/topics/cloud/', 'Cloud')).toEqual([
      { title: 'Cloud (RSS)', href: '/topics/cloud/rss.xml', type: 'rss' },
      { title: 'Cloud (Atom)', href: '/topics/cloud/atom.xml', type: 'atom' },
      { title: 'Cloud (JSON Feed)', href: '/topics/cloud/feed.json', type: 'json' },
    ]);
  });
  it('numbers archive documents from 1', () => {
    expect(archivePath(1)).toBe('/archive/atom/1.xml');
    expect(() => archivePath(0)).toThrow();
  });
});
