import { eachElement, type HtmlNode } from './html-tree';

/** Attributes that hold one URL. */
const SINGLE_URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'poster',
  'cite',
  'action',
  'formaction',
  'xlink:href',
  'longdesc',
]);
/** Attributes that hold a list of image candidates (`url descriptor, url descriptor`). */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

/**
 * One URL resolved against the address of the page it appears on, as a browser would resolve it there:
 * `/a` and `a` and `../a` become absolute, a bare `#part` becomes `<page>#part`. Absolute URLs (`https:`,
 * `mailto:`…) are kept. `undefined` when the value cannot be a URL at all.
 */
export function absoluteUrl(value: string, pageUrl: string): string | undefined {
  try {
    return new URL(value.trim(), pageUrl).href;
  } catch {
    return undefined;
  }
}

/** The candidates of a `srcset` value, following the HTML parsing rules closely enough for real markup. */
export function parseSrcset(value: string): { url: string; descriptor: string }[] {
  const candidates: { url: string; descriptor: string }[] = [];
  let rest = value;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (rest === '') return candidates;
    const urlMatch = /^\S+/.exec(rest);
    let url = urlMatch?.[0] ?? '';
    rest = rest.slice(url.length);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const end = rest.indexOf(',');
      descriptor = (end === -1 ? rest : rest.slice(0, end)).trim();
      rest = end === -1 ? '' : rest.slice(end + 1);
    }
    candidates.push({ url, descriptor });
  }
}

/** A `srcset` value with every candidate URL made absolute; `undefined` when a candidate is not a URL. */
export function absoluteSrcset(value: string, pageUrl: string): string | undefined {
  const candidates = parseSrcset(value).map(({ url, descriptor }) => {
    const absolute = absoluteUrl(url, pageUrl);
    return absolute === undefined ? undefined : descriptor ? `${absolute} ${descriptor}` : absolute;
  });
  if (candidates.some((c) => c === undefined)) return undefined;
  return candidates.join(', ');
}

/**
 * Makes every URL in `href`, `src`, `srcset` (and the rarer URL attributes) absolute against `pageUrl`, the
 * canonical address of the article, in place. An attribute that cannot be resolved is removed rather than left
 * relative: a feed reader would resolve it against the wrong address.
 */
export function makeUrlsAbsolute(nodes: HtmlNode[], pageUrl: string): HtmlNode[] {
  eachElement(nodes, (el) => {
    el.attrs = el.attrs.flatMap((attr) => {
      const name = attr.name.toLowerCase();
      let value: string | undefined = attr.value;
      if (SINGLE_URL_ATTRIBUTES.has(name)) value = absoluteUrl(attr.value, pageUrl);
      else if (SRCSET_ATTRIBUTES.has(name)) value = absoluteSrcset(attr.value, pageUrl);
      return value === undefined ? [] : [{ name: attr.name, value }];
    });
  });
  return nodes;
}

/** True when `value` is an absolute URL with a scheme (what every URL in a feed item must be). */
export function isAbsoluteUrl(value: string): boolean {
  if (!/^[a-z][a-z\d+.-]*:/i.test(value.trim())) return false;
  try {
    new URL(value.trim());
    return true;
  } catch {
    return false;
  }
}
