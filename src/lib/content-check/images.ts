import { dirname, join, resolve } from 'node:path';
import { esmImports, jsxAttribute, jsxElements, literalString, nodesOf, placeOf } from './mdx-tree.ts';
import type { Diagnostic, ParsedInsight, Place, Rule } from './types.ts';

/** File names that are images (for `import photo from './photo.jpg'`). */
const IMAGE_FILE = /\.(avif|gif|jpe?g|png|svg|tiff?|webp)$/i;
/** Elements whose `src` is an image. */
const IMAGE_ELEMENTS = new Set(['img', 'Image', 'Picture', 'Figure']);

type Kind = 'address' | 'import';

interface ImageUse {
  /** As written. */
  url: string;
  place: Place;
  /** An address in Markdown or HTML (root-relative = public/), or an import (root-relative = the project). */
  kind: Kind;
}

function imagesOf(insight: ParsedInsight): ImageUse[] {
  const uses: ImageUse[] = [];
  const hero = insight.data['hero'];
  if (hero && typeof hero === 'object' && typeof (hero as { src?: unknown }).src === 'string') {
    uses.push({ url: (hero as { src: string }).src, place: insight.fieldPlace(['hero', 'src']), kind: 'import' });
  }
  if (!insight.tree) return uses;
  for (const image of nodesOf(insight.tree, 'image')) {
    uses.push({ url: image.url, place: placeOf(image), kind: 'address' });
  }
  const referenced = new Set(nodesOf(insight.tree, 'imageReference').map((r) => r.identifier));
  for (const definition of nodesOf(insight.tree, 'definition')) {
    if (referenced.has(definition.identifier)) {
      uses.push({ url: definition.url, place: placeOf(definition), kind: 'address' });
    }
  }
  for (const element of jsxElements(insight.tree)) {
    if (!IMAGE_ELEMENTS.has(element.name ?? '')) continue;
    const src = jsxAttribute(element, 'src');
    if (!src || src.value === true) continue;
    const url = typeof src.value === 'string' ? src.value : literalString(src.value.expression);
    if (url !== undefined) uses.push({ url, place: placeOf(src.node), kind: 'address' });
  }
  for (const statement of esmImports(insight.tree)) {
    const path = statement.source.replace(/[?#].*$/, '');
    if (IMAGE_FILE.test(path)) uses.push({ url: statement.source, place: statement.place, kind: 'import' });
  }
  return uses;
}

export const images: Rule = {
  id: 'images',
  severity: 'error',
  description:
    'Every image the insight shows exists: relative paths next to the MDX file, /… addresses in public/, ' +
    'imports and the hero photo. Images from other sites are refused: the site serves only its own images.',
  check({ insights, projectDir, publicDir, exists }) {
    const found: Diagnostic[] = [];
    for (const insight of insights) {
      for (const { url, place, kind } of imagesOf(insight)) {
        const report = (message: string) =>
          found.push({ file: insight.file, ...place, severity: 'error', rule: 'images', message });
        const trimmed = url.trim();
        if (trimmed === '') {
          report('an image without a path');
          continue;
        }
        if (/^data:/i.test(trimmed)) continue;
        if (/^([a-z][a-z\d+.-]*:)?\/\//i.test(trimmed)) {
          report(
            `the image ${trimmed} is on another site, which the site's Content Security Policy blocks: ` +
              'save it next to the MDX file and use a relative path',
          );
          continue;
        }
        // Package imports and aliases are left to the build.
        if (kind === 'import' && !/^\.{0,2}\//.test(trimmed)) continue;
        let path: string;
        try {
          path = decodeURI(trimmed.replace(/[?#].*$/, ''));
        } catch {
          path = trimmed;
        }
        const file = path.startsWith('/')
          ? join(kind === 'import' ? projectDir : publicDir, path)
          : resolve(dirname(insight.absolutePath), path);
        if (!exists(file)) {
          report(
            `the image ${trimmed} does not exist` +
              (path.startsWith('/') && kind === 'address' ? ' in public/' : ' next to the MDX file'),
          );
        }
      }
    }
    return found;
  },
};
