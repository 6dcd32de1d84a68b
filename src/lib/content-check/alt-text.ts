import { hasSpread, jsxAttribute, jsxElements, literalString, nodesOf, placeOf, type JsxElement } from './mdx-tree.ts';
import type { Diagnostic, Rule } from './types.ts';

/** Elements that show an image and so need alt text (`Figure` only when it is given an image). */
const IMAGE_ELEMENTS = new Set(['img', 'Image', 'Picture', 'Figure']);

/** Whether a JSX attribute holds text that is missing or blank; computed values are trusted. */
function blankAttribute(element: JsxElement, name: string): boolean {
  const attribute = jsxAttribute(element, name);
  if (!attribute) return true;
  const { value } = attribute;
  if (value === true) return true;
  if (typeof value === 'string') return value.trim() === '';
  const literal = literalString(value.expression);
  return literal !== undefined ? literal.trim() === '' : value.expression.trim() === '';
}

export const altText: Rule = {
  id: 'alt-text',
  severity: 'error',
  description:
    'Every image says what it shows in its alt text (Markdown images, <img>, <Image>, <Picture>, <Figure src>, ' +
    'the hero photo), and every <Chart> has a title: people who cannot see the image read that instead.',
  check({ insights }) {
    const found: Diagnostic[] = [];
    for (const insight of insights) {
      const report = (place: { line: number; column: number }, message: string) =>
        found.push({ file: insight.file, ...place, severity: 'error', rule: 'alt-text', message });

      const hero = insight.data['hero'];
      if (hero && typeof hero === 'object' && 'src' in hero) {
        const alt = (hero as { alt?: unknown }).alt;
        if (typeof alt !== 'string' || alt.trim() === '') {
          report(
            insight.fieldPlace(['hero', 'alt']),
            'the hero photo has no alt text: add `alt:` under `hero:` saying what the photo shows',
          );
        }
      }
      if (!insight.tree) continue;
      for (const image of [...nodesOf(insight.tree, 'image'), ...nodesOf(insight.tree, 'imageReference')]) {
        if ((image.alt ?? '').trim() === '') {
          const what = image.type === 'image' ? image.url : `[${image.label ?? image.identifier}]`;
          report(
            placeOf(image),
            `the image ${what} has no alt text: write what it shows between the brackets, ![What it shows](${image.type === 'image' ? image.url : '…'})`,
          );
        }
      }
      for (const element of jsxElements(insight.tree)) {
        const name = element.name ?? '';
        if (hasSpread(element)) continue;
        if (name === 'Chart') {
          if (blankAttribute(element, 'title')) {
            report(placeOf(element), 'the <Chart> has no title: its title names it for people who cannot see it');
          }
          continue;
        }
        if (!IMAGE_ELEMENTS.has(name)) continue;
        if (name === 'Figure' && !jsxAttribute(element, 'src')) continue;
        if (blankAttribute(element, 'alt')) {
          const attribute = jsxAttribute(element, 'alt');
          report(
            attribute ? placeOf(attribute.node) : placeOf(element),
            `the <${name}> has ${attribute ? 'empty' : 'no'} alt text: add alt="What the image shows"`,
          );
        }
      }
    }
    return found;
  },
};
