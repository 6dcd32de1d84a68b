/** Reading a built page's head metadata, structured data and images, for the tests in tests/seo/. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';

export interface Page {
  doc: HTMLElement;
  html: string;
}

export function readPage(file: string): Page {
  const html = readFileSync(file, 'utf8');
  return { html, doc: parse(html) };
}

/** The content of every `<meta property|name="key">`, in document order. */
export function metas(page: Page, key: string): string[] {
  return page.doc
    .querySelectorAll('head meta')
    .filter((m) => m.getAttribute('property') === key || m.getAttribute('name') === key)
    .map((m) => m.getAttribute('content') ?? '');
}

/** The one content of `<meta property|name="key">`; fails when there are none or several. */
export function meta(page: Page, key: string): string {
  const found = metas(page, key);
  if (found.length !== 1) throw new Error(`Expected one ${key} meta tag, found ${found.length}`);
  return found[0] ?? '';
}

/** Every canonical URL the page declares. */
export const canonicals = (page: Page): string[] =>
  page.doc.querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute('href') ?? '');

export type Json = Record<string, unknown>;

/** Every JSON-LD block of the page, parsed (a block that is not JSON throws, naming its text). */
export function jsonLdBlocks(page: Page): Json[] {
  return page.doc.querySelectorAll('script[type="application/ld+json"]').map((script) => {
    const text = script.textContent;
    try {
      return JSON.parse(text) as Json;
    } catch (error) {
      throw new Error(`JSON-LD that does not parse: ${text.slice(0, 200)}\n${String(error)}`);
    }
  });
}

export function blocksOfType(page: Page, type: string): Json[] {
  return jsonLdBlocks(page).filter((b) => b['@type'] === type);
}

/** The built file an absolute URL of the site points to. */
export function fileOfUrl(outDir: string, siteUrl: string, url: string): string {
  const parsed = new URL(url);
  if (parsed.origin !== new URL(siteUrl).origin) throw new Error(`${url} is not on ${siteUrl}`);
  const pathname = decodeURIComponent(parsed.pathname);
  return path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

export interface PngInfo {
  format: string | undefined;
  width: number | undefined;
  height: number | undefined;
  hasAlpha: boolean | undefined;
}

const pngInfos = new Map<string, Promise<PngInfo>>();

/** The format and size of an image file, read by sharp (once per file). */
export function pngInfo(file: string): Promise<PngInfo> {
  let info = pngInfos.get(file);
  if (!info) {
    if (!existsSync(file)) return Promise.reject(new Error(`No file ${file}`));
    info = sharp(file)
      .metadata()
      .then((m) => ({ format: m.format, width: m.width, height: m.height, hasAlpha: m.hasAlpha }));
    pngInfos.set(file, info);
  }
  return info;
}

/** Every string value anywhere in a JSON value that looks like a URL (an "http" value or an "url"/"@id" field). */
export function urlsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string')
    return /^(url|@id|item|urlTemplate)$/.test(key) || /^https?:/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => urlsIn(v, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === '@context' ? [] : urlsIn(v, k)));
  }
  return [];
}
