import { describe, expect, it } from 'vitest';
import { images } from './images.ts';
import { CONTENT, mdx, run } from './testing.ts';

const onDisk = [
  `${CONTENT}/photo.jpg`,
  `${CONTENT}/chart one.png`,
  '/site/public/logo.png',
  '/site/src/assets/map.svg',
];
const found = (body: string, fields: Record<string, string | undefined> = {}) =>
  run(images, { 'a.mdx': mdx(body, fields) }, onDisk).map((d) => [d.line, d.message]);

describe('images', () => {
  it('passes images that exist: relative, in public/, imported, encoded, and the hero photo', () => {
    const body = [
      "import photo from './photo.jpg';",
      "import map from '/src/assets/map.svg';",
      "import Chart from '/src/components/mdx/Chart.astro';",
      '',
      '![A photo](./photo.jpg) ![Logo](/logo.png) ![Chart](<./chart one.png>) ![Chart](./chart%20one.png?v=2)',
      '',
      '<img src="/logo.png" alt="Logo" /> <Figure src={photo} alt="A photo" />',
      '',
      '![Inline](data:image/png;base64,iVBORw0KGgo=)',
    ].join('\n');
    expect(found(body, { hero: "\n  src: ./photo.jpg\n  alt: 'A photo'" })).toEqual([]);
  });

  it('reports a Markdown image that does not exist, at its line', () => {
    expect(found('Text.\n\n![A chart](./missing.png)')).toEqual([
      [10, 'the image ./missing.png does not exist next to the MDX file'],
    ]);
  });

  it('reports a missing file in public/, a missing import, a missing JSX src and a missing hero photo', () => {
    const body = [
      "import photo from './nope.jpg';",
      '',
      '<img src="/nope.png" alt="x" />',
      '',
      '![x][ref]',
      '',
      '[ref]: ../ref.png',
    ].join('\n');
    expect(found(body, { hero: "\n  src: ./hero.jpg\n  alt: 'x'" })).toEqual([
      [7, 'the image ./hero.jpg does not exist next to the MDX file'],
      [11, 'the image ./nope.jpg does not exist next to the MDX file'],
      [13, 'the image /nope.png does not exist in public/'],
      [17, 'the image ../ref.png does not exist next to the MDX file'],
    ]);
  });

  it('reports an image from another site', () => {
    expect(
      found('![A photo](https://example.org/photo.jpg)').map(([line, message]) => [line, String(message).slice(0, 56)]),
    ).toEqual([[8, 'the image https://example.org/photo.jpg is on another si']]);
  });
});
