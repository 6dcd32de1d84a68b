import { HTMLElement, TextNode, parse, type Node } from 'node-html-parser';
import { escapeXml } from './xml';

/**
 * A small, mutable HTML tree for feed content. node-html-parser reads the HTML; the tree is our own so that
 * rewriting attributes and writing the result back out follow one escaping rule that we control.
 */
export interface HtmlElement {
  type: 'element';
  /** Tag name as written (SVG keeps `linearGradient`). */
  tag: string;
  /** Attributes in source order, values decoded (`&amp;` is `&`). */
  attrs: { name: string; value: string }[];
  children: HtmlNode[];
}

export interface HtmlText {
  type: 'text';
  /** Decoded text. */
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

/** Elements that have no end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

function convert(node: Node): HtmlNode | undefined {
  if (node instanceof TextNode) return { type: 'text', text: node.text };
  if (node instanceof HTMLElement) {
    return {
      type: 'element',
      tag: node.rawTagName,
      attrs: Object.entries(node.attributes).map(([name, value]) => ({ name, value })),
      children: node.childNodes.map(convert).filter((n): n is HtmlNode => n !== undefined),
    };
  }
  return undefined; // comments
}

/** Parses an HTML fragment. Comments are dropped; `<pre>` and `<noscript>` are parsed like any element. */
export function parseHtml(html: string): HtmlNode[] {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  return root.childNodes.map(convert).filter((n): n is HtmlNode => n !== undefined);
}

function serializeNode(node: HtmlNode): string {
  if (node.type === 'text') return escapeXml(node.text);
  const attrs = node.attrs.map(({ name, value }) => ` ${name}="${escapeXml(value)}"`).join('');
  if (VOID.has(node.tag.toLowerCase())) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(serializeNode).join('')}</${node.tag}>`;
}

/** Writes the nodes back as HTML, escaping every text and attribute value. */
export function serializeHtml(nodes: HtmlNode[]): string {
  return nodes.map(serializeNode).join('');
}

/** Calls `visit` on every element, parents before children. */
export function eachElement(nodes: HtmlNode[], visit: (element: HtmlElement) => void): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    visit(node);
    eachElement(node.children, visit);
  }
}

/** Removes, at any depth, the elements for which `drop` returns true (with everything inside them). */
export function removeElements(nodes: HtmlNode[], drop: (element: HtmlElement) => boolean): HtmlNode[] {
  return nodes
    .filter((node) => node.type !== 'element' || !drop(node))
    .map((node) => (node.type === 'element' ? { ...node, children: removeElements(node.children, drop) } : node));
}

/** The value of an attribute, matched without regard to case. */
export function getAttr(element: HtmlElement, name: string): string | undefined {
  const lower = name.toLowerCase();
  return element.attrs.find((a) => a.name.toLowerCase() === lower)?.value;
}
