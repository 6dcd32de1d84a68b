import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Place } from './types.ts';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Calls `visit` on every node of the tree, parents before children. */
export function walk(tree: Root, visit: (node: Nodes) => void): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
}

/** Every node of a type, in document order. */
export function nodesOf<T extends Nodes['type']>(tree: Root, type: T): Extract<Nodes, { type: T }>[] {
  const found: Extract<Nodes, { type: T }>[] = [];
  walk(tree, (node) => {
    if (node.type === type) found.push(node as Extract<Nodes, { type: T }>);
  });
  return found;
}

/** Every JSX element (`<Figure …>`, `<img …>`), in document order. */
export function jsxElements(tree: Root): JsxElement[] {
  const found: JsxElement[] = [];
  walk(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(node);
  });
  return found;
}

/** Where a node starts (line 1, column 1 when the parser gave no position). */
export function placeOf(node: { position?: { start: { line: number; column: number } } | undefined }): Place {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/**
 * A JSX attribute by name: `undefined` when absent; otherwise its node and its value — the text of a string
 * attribute, `true` for a bare attribute (`<img alt>`), or `{ expression }` for `alt={…}`.
 */
export function jsxAttribute(
  element: JsxElement,
  name: string,
): { node: MdxJsxAttribute; value: string | true | { expression: string } } | undefined {
  const node = element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!node) return undefined;
  const { value } = node;
  if (value === null || value === undefined) return { node, value: true };
  if (typeof value === 'string') return { node, value };
  return { node, value: { expression: value.value } };
}

/** True when the element spreads props (`{...props}`): any attribute may then come from the spread. */
export function hasSpread(element: JsxElement): boolean {
  return element.attributes.some((a) => a.type === 'mdxJsxExpressionAttribute');
}

/**
 * The string an expression attribute evaluates to when it is a plain string literal (`alt={'…'}`, `alt={"…"}`,
 * `` alt={`…`} `` without substitutions); `undefined` for anything computed.
 */
export function literalString(expression: string): string | undefined {
  const match = /^\s*(?:'([^'\\]*)'|"([^"\\]*)"|`([^`\\$]*)`)\s*$/.exec(expression);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/** `import x from '…'` statements of the MDX file: each imported name, its source and its place. */
export function esmImports(tree: Root): { names: string[]; source: string; place: Place }[] {
  const found: { names: string[]; source: string; place: Place }[] = [];
  for (const node of nodesOf(tree, 'mdxjsEsm')) {
    const program = node.data?.estree;
    for (const statement of program?.body ?? []) {
      if (statement.type !== 'ImportDeclaration' || typeof statement.source.value !== 'string') continue;
      // The parser places estree nodes in the whole document, columns counted from 0.
      const line = statement.loc?.start.line ?? node.position?.start.line ?? 1;
      const column = (statement.loc?.start.column ?? 0) + 1;
      found.push({
        names: statement.specifiers.map((s) => s.local.name),
        source: statement.source.value,
        place: { line, column },
      });
    }
  }
  return found;
}
