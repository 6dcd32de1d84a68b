import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRenderer, compile, htmlErrors, render, renderError, renderForFeed } from './testing';

beforeAll(() => compile('Figure'), 120_000);
afterAll(closeRenderer);

/** What `import photo from './photo.jpg'` gives an MDX file (the development server only builds addresses). */
const photo = { src: '/src/content/insights/photo.jpg', width: 1600, height: 900, format: 'jpg' };
const props = { src: photo, alt: 'Two executives shaking hands', caption: 'At the signing.', credit: 'Microsoft' };

describe('Figure', () => {
  it('is a figure with a responsive picture, its alt text, and the caption and credit', async () => {
    const html = await render('Figure', { props });
    const figure = parse(html).querySelector('figure');
    const img = figure?.querySelector('picture img');
    expect(img?.getAttribute('alt')).toBe('Two executives shaking hands');
    expect(img?.getAttribute('width')).toBe('1600');
    expect(figure?.querySelectorAll('picture source').map((s) => s.getAttribute('type'))).toEqual([
      'image/avif',
      'image/webp',
    ]);
    expect(figure?.querySelector('figcaption')?.textContent).toBe('At the signing. Credit: Microsoft');
    expect(await htmlErrors(html)).toEqual([]);
  });

  it('wraps other content (a table, a chart) given as children', async () => {
    const html = await render('Figure', {
      props: { caption: 'Revenue by segment.' },
      slots: { default: '<table><tbody><tr><th>Cloud</th><td>12</td></tr></tbody></table>' },
    });
    const figure = parse(html).querySelector('figure');
    expect(figure?.querySelector('table')).not.toBeNull();
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Revenue by segment.');
    expect(await htmlErrors(html)).toEqual([]);
  });

  it('has no figcaption without caption or credit', async () => {
    const html = await render('Figure', { props: { src: photo, alt: 'A photo' } });
    expect(parse(html).querySelector('figcaption')).toBeNull();
  });

  it('stops the build when an image has no alt text, or there is nothing to show', async () => {
    expect(await renderError('Figure', { props: { src: photo, alt: ' ' } })).toBe(
      'Figure: the image /src/content/insights/photo.jpg needs alt text (alt="What the image shows")',
    );
    expect(await renderError('Figure', { props: { caption: 'Empty' } })).toContain('Figure: give an image');
  });

  it('is one plain JPEG with its alt text in a feed, with the caption', async () => {
    const html = await renderForFeed('Figure', { props });
    const figure = parse(html).querySelector('figure');
    expect(figure?.querySelector('picture')).toBeNull();
    const img = figure?.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Two executives shaking hands');
    expect(img?.getAttribute('src')).toMatch(/^https:\/\/research\.example\.com\/.*f=jpeg/);
    expect(img?.getAttribute('srcset')).toBeUndefined();
    expect(html).not.toMatch(/\sstyle=|data-astro/);
    expect(figure?.querySelector('figcaption')?.textContent).toBe('At the signing. Credit: Microsoft');
  });
});
