import { eachElement, getAttr, removeElements, type HtmlElement, type HtmlNode } from './html-tree';

/** Elements a feed item must not carry: code, styling, and the page furniture that links them. */
const DROPPED_ELEMENTS = new Set(['script', 'style', 'link', 'template']);

/** Attributes a feed item must not carry: Astro's internals, inline styles and event handlers. */
function isDroppedAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('data-astro-') || lower === 'style' || lower.startsWith('on');
}

/** Attributes whose value is a URL that would run code when it is `javascript:`. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href'];

const isScriptUrl = (value: string) => /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''));

/**
 * Strips what has no place in a feed item: `<script>`, `<style>`, `<link>` and `<template>` elements,
 * `data-astro-*`, `style` and `on*` attributes, and `javascript:` URLs. Returns a new list of nodes.
 */
export function cleanHtml(nodes: HtmlNode[]): HtmlNode[] {
  const kept = removeElements(nodes, (el) => DROPPED_ELEMENTS.has(el.tag.toLowerCase()));
  eachElement(kept, (el: HtmlElement) => {
    el.attrs = el.attrs.filter(({ name, value }) => {
      if (isDroppedAttribute(name)) return false;
      return !(URL_ATTRIBUTES.includes(name.toLowerCase()) && isScriptUrl(value));
    });
  });
  return kept;
}

/** True when the nodes still hold something `cleanHtml` removes (used by tests of the built feeds). */
export function hasUncleanHtml(nodes: HtmlNode[]): boolean {
  let found = false;
  eachElement(nodes, (el) => {
    if (DROPPED_ELEMENTS.has(el.tag.toLowerCase())) found = true;
    if (el.attrs.some(({ name }) => isDroppedAttribute(name))) found = true;
    if (URL_ATTRIBUTES.some((name) => isScriptUrl(getAttr(el, name) ?? ''))) found = true;
  });
  return found;
}
