import { jsxAttribute, jsxElements, literalString, nodesOf, placeOf } from './mdx-tree.ts';
import type { Diagnostic, ParsedInsight, Place, Rule } from './types.ts';

/** Edit distance between two short strings, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest existing id, when one is close enough to be what the editor meant. */
function suggestion(id: string, ids: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of ids) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(3, Math.floor(id.length / 4)) ? best : undefined;
}

/**
 * The insight id a link points at, when it points inside /insights/ on this site: resolved as a browser would
 * on the page of `from` (so `../other/` works), on the site's own origin. `undefined` for any other address,
 * the list of insights (/insights/) and its numbered pages (/insights/2/).
 */
export function linkedInsightId(url: string, from: ParsedInsight, siteUrl: string): string | undefined {
  let target: URL;
  try {
    target = new URL(url.trim(), new URL(`/insights/${from.id}/`, siteUrl));
  } catch {
    return undefined;
  }
  if (target.origin !== new URL(siteUrl).origin) return undefined;
  const match = /^\/insights\/(.+?)\/?(?:index\.html)?$/.exec(decodeURI(target.pathname));
  const id = match?.[1];
  if (!id || /^\d+$/.test(id)) return undefined;
  return id;
}

/** Every link of a file with its place: Markdown links and definitions, and `href` of JSX elements. */
function linksOf(insight: ParsedInsight): { url: string; place: Place }[] {
  if (!insight.tree) return [];
  const links: { url: string; place: Place }[] = [];
  for (const node of [...nodesOf(insight.tree, 'link'), ...nodesOf(insight.tree, 'definition')]) {
    links.push({ url: node.url, place: placeOf(node) });
  }
  for (const element of jsxElements(insight.tree)) {
    const href = jsxAttribute(element, 'href');
    if (!href || href.value === true) continue;
    const url = typeof href.value === 'string' ? href.value : literalString(href.value.expression);
    if (url !== undefined) links.push({ url, place: placeOf(href.node) });
  }
  return links;
}

export const insightLinks: Rule = {
  id: 'insight-links',
  severity: 'error',
  description:
    'Links to other insights (/insights/<slug>/, ../<slug>/ or the full address) point at an insight that ' +
    'exists, and a published insight does not link to a draft: readers would get “page not found”.',
  check({ insights, siteUrl }) {
    const byId = new Map(insights.map((i) => [i.id, i]));
    const ids = [...byId.keys()];
    const found: Diagnostic[] = [];
    for (const insight of insights) {
      for (const { url, place } of linksOf(insight)) {
        const id = linkedInsightId(url, insight, siteUrl);
        if (id === undefined) continue;
        const report = (message: string) =>
          found.push({ file: insight.file, ...place, severity: 'error', rule: 'insight-links', message });
        const target = byId.get(id);
        if (!target) {
          const close = suggestion(id, ids);
          report(
            `the link ${url} points at an insight that does not exist (/insights/${id}/)` +
              (close ? `; did you mean /insights/${close}/?` : ''),
          );
        } else if (target.data['draft'] === true && insight.data['draft'] !== true) {
          report(`the link ${url} points at a draft, which readers cannot see: publish it first or remove the link`);
        }
      }
    }
    return found;
  },
};
