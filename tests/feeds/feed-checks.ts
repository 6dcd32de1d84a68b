/**
 * Checks shared by the feed tests: the real tools (xmllint, Debian's python3-feedparser, newsboat), the rules the
 * W3C Feed Validation Service enforces (written out here, since the service cannot be reached from the tests),
 * and a reader of RSS, Atom and JSON Feed documents into one shape so the formats can be compared.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { parse as parseHtml } from 'node-html-parser';
import { site } from '../../src/site.config';

export type Format = 'rss' | 'atom' | 'json';

export interface FeedFile {
  /** Absolute path on disk. */
  file: string;
  /** Path under the site root, e.g. `/topics/cloud/rss.xml`. */
  sitePath: string;
  /** The address the feed is served at. */
  url: string;
  format: Format;
}

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  fh: 'http://purl.org/syndication/history/1.0',
};

/** The site's origin: the tests build with the same configuration (and SITE_URL) as the site. */
export const siteUrl = site.url;

/** Every feed document of a built site: rss.xml, atom.xml and feed.json at any depth, and the Atom archive. */
export function listFeeds(outDir: string): FeedFile[] {
  if (!existsSync(path.join(outDir, 'index.html')))
    throw new Error(`No built site in ${outDir}: run \`npm run build\` first.`);
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
  return files
    .map((file) => {
      const sitePath = `/${path.relative(outDir, file).split(path.sep).join('/')}`;
      let format: Format | undefined;
      if (sitePath.endsWith('/rss.xml')) format = 'rss';
      else if (sitePath.endsWith('/atom.xml') || /^\/archive\/atom\/\d+\.xml$/.test(sitePath)) format = 'atom';
      else if (sitePath.endsWith('/feed.json')) format = 'json';
      return format ? { file, sitePath, url: new URL(sitePath, siteUrl).href, format } : undefined;
    })
    .filter((f): f is FeedFile => f !== undefined)
    .sort((a, b) => a.sitePath.localeCompare(b.sitePath));
}

/** The file on disk behind an address of the site. */
export function fileOfUrl(outDir: string, url: string): string {
  const u = new URL(url);
  if (u.origin !== new URL(siteUrl).origin) throw new Error(`${url} is not on the site`);
  return path.join(outDir, decodeURIComponent(u.pathname));
}

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** `xmllint --noout`: exit 0 and nothing printed when the document is well-formed XML. */
export async function xmllint(file: string): Promise<{ ok: boolean; output: string }> {
  const { code, stdout, stderr } = await run('xmllint', ['--noout', file]);
  return { ok: code === 0 && stdout === '' && stderr === '', output: `${stdout}${stderr}` };
}

export interface ParsedByFeedparser {
  bozo: boolean;
  bozo_exception: string | null;
  version: string;
  feed: { title: string; links: { rel: string; href: string }[] };
  entries: {
    id: string;
    title: string;
    link: string;
    updated: string;
    summary: string;
    content: string[];
    authors: string[];
    tags: string[];
  }[];
}

/** Debian's python3-feedparser (the system Python, which has it), reading the file; its verdict as JSON. */
const FEEDPARSER_SCRIPT = `
import json, sys, feedparser
d = feedparser.parse(sys.argv[1])
print(json.dumps({
  "bozo": bool(d.bozo),
  "bozo_exception": repr(d.get("bozo_exception")) if d.bozo else None,
  "version": d.version,
  "feed": {"title": d.feed.get("title", ""), "links": [{"rel": l.get("rel", ""), "href": l.get("href", "")} for l in d.feed.get("links", [])]},
  "entries": [{
    "id": e.get("id", ""),
    "title": e.get("title", ""),
    "link": e.get("link", ""),
    "updated": e.get("updated", ""),
    "summary": e.get("summary", ""),
    "content": [c.get("value", "") for c in e.get("content", [])],
    "authors": [a.get("name", "") for a in e.get("authors", [])],
    "tags": [t.get("term", "") for t in e.get("tags", [])],
  } for e in d.entries],
}))
`;

export async function feedparser(file: string): Promise<ParsedByFeedparser> {
  const { code, stdout, stderr } = await run('/usr/bin/python3', ['-c', FEEDPARSER_SCRIPT, file]);
  if (code !== 0) throw new Error(`feedparser failed on ${file}: ${stderr}`);
  return JSON.parse(stdout) as ParsedByFeedparser;
}

/**
 * newsboat, non-interactively: reloads the feed from a file:// URL into a fresh cache, then counts the items it
 * stored. newsboat keeps one copy per guid across feeds, so each feed gets its own cache. Errors it meets go to
 * its log, which is returned too.
 */
export async function newsboat(file: string): Promise<{ stored: number; log: string; output: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsboat-'));
  try {
    const urls = path.join(dir, 'urls');
    const config = path.join(dir, 'config');
    const log = path.join(dir, 'log');
    await writeFile(urls, `${pathToFileURL(file).href}\n`);
    await writeFile(config, '');
    const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir };
    const { code, stdout, stderr } = await run(
      'newsboat',
      [
        '-u',
        urls,
        '-c',
        path.join(dir, 'cache.db'),
        '-C',
        config,
        '-l',
        '3',
        '-d',
        log,
        '-x',
        'reload',
        'print-unread',
      ],
      env,
    );
    const output = `${stdout}${stderr}`;
    const match = /^(\d+) unread articles?$/m.exec(stdout);
    if (code !== 0 || !match) throw new Error(`newsboat failed on ${file} (exit ${code}): ${output}`);
    return { stored: Number(match[1]), log: existsSync(log) ? readFileSync(log, 'utf8') : '', output };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading feeds into one shape

export interface Item {
  id: string;
  title: string;
  link: string;
  /** Plain-text description / summary. For RSS, the HTML of <description> decoded to text. */
  summary: string;
  contentHtml: string;
  published: string;
  authors: string[];
  categories: string[];
  enclosures: { url: string; length: string; type: string }[];
}

export interface Feed {
  format: Format;
  title: string;
  homeUrl: string;
  selfUrl: string;
  items: Item[];
  /** Atom only: RFC 5005 links. */
  links: { rel: string; href: string }[];
  archive: boolean;
}

export function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const elements = (parent: Element | Document, ns: string | null, name: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ns,
  );
const first = (parent: Element, ns: string | null, name: string) => elements(parent, ns, name)[0];
const textOf = (el: Element | undefined) => el?.textContent ?? '';
const htmlToText = (html: string) => parseHtml(html).textContent;

function readRss(doc: Document): Feed {
  const channel = first(doc.documentElement as Element, null, 'channel');
  if (!channel) throw new Error('RSS without a channel');
  const self = elements(channel, NS.atom, 'link').find((l) => l.getAttribute('rel') === 'self');
  return {
    format: 'rss',
    title: textOf(first(channel, null, 'title')),
    homeUrl: textOf(first(channel, null, 'link')),
    selfUrl: self?.getAttribute('href') ?? '',
    links: [],
    archive: false,
    items: elements(channel, null, 'item').map((item) => ({
      id: textOf(first(item, null, 'guid')),
      title: textOf(first(item, null, 'title')),
      link: textOf(first(item, null, 'link')),
      summary: htmlToText(textOf(first(item, null, 'description'))),
      contentHtml: textOf(first(item, NS.content, 'encoded')),
      published: textOf(first(item, null, 'pubDate')),
      authors: elements(item, NS.dc, 'creator').map((c) => textOf(c)),
      categories: elements(item, null, 'category').map((c) => textOf(c)),
      enclosures: elements(item, null, 'enclosure').map((e) => ({
        url: e.getAttribute('url') ?? '',
        length: e.getAttribute('length') ?? '',
        type: e.getAttribute('type') ?? '',
      })),
    })),
  };
}

function readAtom(doc: Document): Feed {
  const feed = doc.documentElement as Element;
  const links = elements(feed, NS.atom, 'link').map((l) => ({
    rel: l.getAttribute('rel') ?? 'alternate',
    href: l.getAttribute('href') ?? '',
  }));
  return {
    format: 'atom',
    title: textOf(first(feed, NS.atom, 'title')),
    homeUrl: links.find((l) => l.rel === 'alternate')?.href ?? '',
    selfUrl: links.find((l) => l.rel === 'self')?.href ?? '',
    links,
    archive: elements(feed, NS.fh, 'archive').length > 0,
    items: elements(feed, NS.atom, 'entry').map((entry) => {
      const entryLinks = elements(entry, NS.atom, 'link');
      return {
        id: textOf(first(entry, NS.atom, 'id')),
        title: textOf(first(entry, NS.atom, 'title')),
        link:
          entryLinks.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')?.getAttribute('href') ?? '',
        summary: textOf(first(entry, NS.atom, 'summary')),
        contentHtml: textOf(first(entry, NS.atom, 'content')),
        published: textOf(first(entry, NS.atom, 'published')),
        authors: elements(entry, NS.atom, 'author').map((a) => textOf(first(a, NS.atom, 'name'))),
        categories: elements(entry, NS.atom, 'category').map(
          (c) => c.getAttribute('label') ?? c.getAttribute('term') ?? '',
        ),
        enclosures: entryLinks
          .filter((l) => l.getAttribute('rel') === 'enclosure')
          .map((l) => ({
            url: l.getAttribute('href') ?? '',
            length: l.getAttribute('length') ?? '',
            type: l.getAttribute('type') ?? '',
          })),
      };
    }),
  };
}

interface JsonFeedDoc {
  title: string;
  home_page_url: string;
  feed_url: string;
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    authors?: { name: string }[];
    tags?: string[];
    image?: string;
  }[];
}

function readJson(text: string): Feed {
  const doc = JSON.parse(text) as JsonFeedDoc;
  return {
    format: 'json',
    title: doc.title,
    homeUrl: doc.home_page_url,
    selfUrl: doc.feed_url,
    links: [],
    archive: false,
    items: doc.items.map((i) => ({
      id: i.id,
      title: i.title,
      link: i.url,
      summary: i.summary,
      contentHtml: i.content_html,
      published: i.date_published,
      authors: (i.authors ?? []).map((a) => a.name),
      categories: i.tags ?? [],
      enclosures: i.image ? [{ url: i.image, length: '', type: '' }] : [],
    })),
  };
}

export function readFeed(feed: Pick<FeedFile, 'file' | 'format'>): Feed {
  const text = readFileSync(feed.file, 'utf8');
  if (feed.format === 'json') return readJson(text);
  const doc = parseXml(text);
  return feed.format === 'rss' ? readRss(doc) : readAtom(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// The W3C Feed Validation Service's rules

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (GMT|[+-]\d{4})$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A problem with an RFC 822 date (four-digit year, a weekday that matches the date), or undefined. */
export function rfc822Problem(value: string): string | undefined {
  const m = RFC822.exec(value);
  if (!m) return `"${value}" is not an RFC 822 date with a four-digit year`;
  const [, weekday, day, month, year, hh, mm, ss] = m as unknown as string[];
  const local = new Date(
    Date.UTC(Number(year), MONTHS.indexOf(month ?? ''), Number(day), Number(hh), Number(mm), Number(ss)),
  );
  if (local.getUTCDate() !== Number(day) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 60)
    return `"${value}" is not a real date`;
  // The weekday belongs to the date as written (local to its zone).
  if (WEEKDAYS[local.getUTCDay()] !== weekday)
    return `"${value}" has the wrong weekday (${WEEKDAYS[local.getUTCDay()]})`;
  return undefined;
}

export function rfc3339Problem(value: string): string | undefined {
  const m = RFC3339.exec(value);
  if (!m || Number.isNaN(new Date(value).getTime())) return `"${value}" is not an RFC 3339 date`;
  const [, y, mo, d] = m;
  const probe = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (probe.getUTCDate() !== Number(d)) return `"${value}" is not a real date`;
  return undefined;
}

/** Attributes that carry URLs in HTML. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'poster',
  'cite',
  'action',
  'formaction',
  'longdesc',
  'background',
  'xlink:href',
];
const SRCSET_ATTRIBUTES = ['srcset', 'imagesrcset'];

const hasScheme = (value: string) => /^[a-z][a-z\d+.-]*:/i.test(value.trim());

/** Every URL in the HTML that is not absolute, and anything executable or Astro-internal left in it. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const root = parseHtml(html, { comment: true, blockTextElements: { script: true, style: true } });
  for (const el of root.querySelectorAll('*')) {
    const tag = el.rawTagName.toLowerCase();
    if (tag === 'script' || tag === 'style') problems.push(`<${tag}> element`);
    for (const [name, value] of Object.entries(el.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('data-astro')) problems.push(`${name} attribute`);
      if (lower === 'style' || lower.startsWith('on')) problems.push(`${name} attribute on <${tag}>`);
      if (URL_ATTRIBUTES.includes(lower) && !hasScheme(value))
        problems.push(`relative URL ${name}="${value}" on <${tag}>`);
      if (SRCSET_ATTRIBUTES.includes(lower)) {
        for (const candidate of value.split(/,\s+/)) {
          const url = candidate.trim().split(/\s+/)[0] ?? '';
          if (!hasScheme(url)) problems.push(`relative URL in ${name}: "${url}" on <${tag}>`);
        }
      }
    }
  }
  return problems;
}

const isAbsolute = (value: string) => {
  try {
    return hasScheme(value) && Boolean(new URL(value));
  } catch {
    return false;
  }
};

function rssProblems(doc: Document, url: string): string[] {
  const p: string[] = [];
  const rss = doc.documentElement as Element;
  if (rss.localName !== 'rss' || rss.getAttribute('version') !== '2.0') p.push('root is not <rss version="2.0">');
  const channel = first(rss, null, 'channel');
  if (!channel) return [...p, 'no <channel>'];
  for (const name of ['title', 'link', 'description'])
    if (!textOf(first(channel, null, name))) p.push(`channel: no <${name}>`);
  const self = elements(channel, NS.atom, 'link').filter((l) => l.getAttribute('rel') === 'self');
  if (self.length !== 1) p.push(`channel: ${self.length} atom:link rel="self" (one expected)`);
  else if (self[0]?.getAttribute('href') !== url)
    p.push(`channel: atom:link rel="self" is ${self[0]?.getAttribute('href')}, the feed is at ${url}`);
  for (const name of ['pubDate', 'lastBuildDate']) {
    for (const el of elements(channel, null, name)) {
      const problem = rfc822Problem(textOf(el));
      if (problem) p.push(`channel ${name}: ${problem}`);
    }
  }
  elements(channel, null, 'item').forEach((item, i) => {
    const at = `item ${i + 1}`;
    const children = Array.from(item.childNodes).filter((n): n is Element => n.nodeType === 1);
    if (!textOf(first(item, null, 'title')) && !textOf(first(item, null, 'description')))
      p.push(`${at}: neither title nor description`);
    const link = textOf(first(item, null, 'link'));
    if (link && !isAbsolute(link)) p.push(`${at}: link "${link}" is not absolute`);
    const guid = first(item, null, 'guid');
    if (!guid) p.push(`${at}: no guid`);
    else if (guid.getAttribute('isPermaLink') !== 'false' && !isAbsolute(textOf(guid)))
      p.push(`${at}: guid "${textOf(guid)}" is not an absolute URL`);
    const date = first(item, null, 'pubDate');
    if (date) {
      const problem = rfc822Problem(textOf(date));
      if (problem) p.push(`${at} pubDate: ${problem}`);
    }
    for (const updated of elements(item, NS.atom, 'updated')) {
      const problem = rfc3339Problem(textOf(updated));
      if (problem) p.push(`${at} atom:updated: ${problem}`);
    }
    for (const author of elements(item, null, 'author')) {
      if (!/^\S+@\S+\.\S+(\s+\(.+\))?$/.test(textOf(author).trim()))
        p.push(`${at}: <author> "${textOf(author)}" is not an e-mail address`);
    }
    const description = children.findIndex((c) => c.localName === 'description' && c.namespaceURI === null);
    const content = children.findIndex((c) => c.localName === 'encoded' && c.namespaceURI === NS.content);
    if (content !== -1 && (description === -1 || description > content))
      p.push(`${at}: content:encoded comes before the description`);
    const enclosures = elements(item, null, 'enclosure');
    if (enclosures.length > 1) p.push(`${at}: ${enclosures.length} enclosures`);
    for (const e of enclosures) {
      if (!isAbsolute(e.getAttribute('url') ?? '')) p.push(`${at}: enclosure url is not absolute`);
      if (!/^\d+$/.test(e.getAttribute('length') ?? '')) p.push(`${at}: enclosure length is not a number of bytes`);
      if (!e.getAttribute('type')) p.push(`${at}: enclosure without type`);
    }
    for (const html of [textOf(first(item, null, 'description')), textOf(first(item, NS.content, 'encoded'))]) {
      for (const problem of htmlProblems(html)) p.push(`${at}: ${problem}`);
    }
  });
  return p;
}

function atomProblems(doc: Document, url: string): string[] {
  const p: string[] = [];
  const feed = doc.documentElement as Element;
  if (feed.localName !== 'feed' || feed.namespaceURI !== NS.atom) return ['root is not an Atom <feed>'];
  for (const name of ['id', 'title', 'updated']) if (!textOf(first(feed, NS.atom, name))) p.push(`feed: no <${name}>`);
  const updated = textOf(first(feed, NS.atom, 'updated'));
  if (updated && rfc3339Problem(updated)) p.push(`feed updated: ${rfc3339Problem(updated)}`);
  if (!isAbsolute(textOf(first(feed, NS.atom, 'id')))) p.push('feed: id is not an absolute IRI');
  const self = elements(feed, NS.atom, 'link').filter((l) => l.getAttribute('rel') === 'self');
  if (self.length !== 1) p.push(`feed: ${self.length} link rel="self" (one expected)`);
  else if (self[0]?.getAttribute('href') !== url)
    p.push(`feed: link rel="self" is ${self[0]?.getAttribute('href')}, the feed is at ${url}`);
  const feedHasAuthor = elements(feed, NS.atom, 'author').length > 0;
  elements(feed, NS.atom, 'entry').forEach((entry, i) => {
    const at = `entry ${i + 1}`;
    for (const name of ['id', 'title', 'updated'])
      if (!textOf(first(entry, NS.atom, name))) p.push(`${at}: no <${name}>`);
    const id = textOf(first(entry, NS.atom, 'id'));
    if (id && !isAbsolute(id)) p.push(`${at}: id "${id}" is not an absolute IRI`);
    for (const name of ['updated', 'published']) {
      const value = first(entry, NS.atom, name);
      if (value && rfc3339Problem(textOf(value))) p.push(`${at} ${name}: ${rfc3339Problem(textOf(value))}`);
    }
    if (!feedHasAuthor && elements(entry, NS.atom, 'author').length === 0) p.push(`${at}: no author`);
    for (const author of elements(entry, NS.atom, 'author'))
      if (!textOf(first(author, NS.atom, 'name'))) p.push(`${at}: author without name`);
    const children = Array.from(entry.childNodes).filter((n): n is Element => n.nodeType === 1);
    const summary = children.findIndex((c) => c.localName === 'summary' && c.namespaceURI === NS.atom);
    const content = children.findIndex((c) => c.localName === 'content' && c.namespaceURI === NS.atom);
    if (content !== -1 && (summary === -1 || summary > content)) p.push(`${at}: content comes before the summary`);
    const enclosures = elements(entry, NS.atom, 'link').filter((l) => l.getAttribute('rel') === 'enclosure');
    if (enclosures.length > 1) p.push(`${at}: ${enclosures.length} enclosures`);
    for (const link of elements(entry, NS.atom, 'link')) {
      if (!isAbsolute(link.getAttribute('href') ?? ''))
        p.push(`${at}: link href "${link.getAttribute('href')}" is not absolute`);
    }
    const contentEl = first(entry, NS.atom, 'content');
    if (contentEl && contentEl.getAttribute('type') === 'html')
      for (const problem of htmlProblems(textOf(contentEl))) p.push(`${at}: ${problem}`);
  });
  return p;
}

function jsonProblems(text: string, url: string): string[] {
  const p: string[] = [];
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    return [`not valid JSON: ${String(e)}`];
  }
  if (doc['version'] !== 'https://jsonfeed.org/version/1.1') p.push(`version is ${String(doc['version'])}`);
  if (typeof doc['title'] !== 'string' || doc['title'] === '') p.push('no title');
  if (typeof doc['home_page_url'] !== 'string' || !isAbsolute(doc['home_page_url']))
    p.push('home_page_url missing or not absolute');
  if (doc['feed_url'] !== url) p.push(`feed_url is ${String(doc['feed_url'])}, the feed is at ${url}`);
  if (!Array.isArray(doc['items'])) return [...p, 'items is not an array'];
  (doc['items'] as Record<string, unknown>[]).forEach((item, i) => {
    const at = `item ${i + 1}`;
    if (typeof item['id'] !== 'string' || item['id'] === '') p.push(`${at}: id is not a non-empty string`);
    if (typeof item['url'] !== 'string' || !isAbsolute(item['url'])) p.push(`${at}: url missing or not absolute`);
    if (typeof item['content_html'] !== 'string' && typeof item['content_text'] !== 'string')
      p.push(`${at}: no content`);
    for (const name of ['date_published', 'date_modified']) {
      const value = item[name];
      if (value === undefined) continue;
      if (typeof value !== 'string' || rfc3339Problem(value))
        p.push(`${at} ${name}: ${typeof value === 'string' ? rfc3339Problem(value) : 'not a string'}`);
    }
    const keys = Object.keys(item);
    if (
      keys.includes('content_html') &&
      (!keys.includes('summary') || keys.indexOf('summary') > keys.indexOf('content_html'))
    ) {
      p.push(`${at}: content_html comes before the summary`);
    }
    if (typeof item['content_html'] === 'string')
      for (const problem of htmlProblems(item['content_html'])) p.push(`${at}: ${problem}`);
  });
  return p;
}

/** What the W3C Feed Validation Service (and JSON Feed 1.1) would object to in this feed document. */
export function validatorProblems(feed: Pick<FeedFile, 'file' | 'format' | 'url'>): string[] {
  const text = readFileSync(feed.file, 'utf8');
  return validatorProblemsOf(text, feed.format, feed.url);
}

export function validatorProblemsOf(text: string, format: Format, url: string): string[] {
  if (format === 'json') return jsonProblems(text, url);
  const doc = parseXml(text);
  return format === 'rss' ? rssProblems(doc, url) : atomProblems(doc, url);
}

/** Headings and paragraphs of an item's HTML, in order, whitespace squashed. */
export function textBlocks(html: string): { kind: 'heading' | 'paragraph'; text: string }[] {
  return parseHtml(html)
    .querySelectorAll('h2, p')
    .map((el) => ({
      kind: el.rawTagName.toLowerCase() === 'h2' ? ('heading' as const) : ('paragraph' as const),
      text: el.textContent.replace(/\s+/g, ' ').trim(),
    }));
}

// ---------------------------------------------------------------------------------------------------------------
// What the built pages say should be in the feeds

export interface PublishedPage {
  url: string;
  title: string;
  /** Day of publication, YYYY-MM-DD. */
  date: string;
  topics: string[];
  authors: string[];
}

/** Every insight page of a built site (each published insight has one): the pages' own rule of "published". */
export function publishedPages(outDir: string): PublishedPage[] {
  const dir = path.join(outDir, 'insights');
  const pages: PublishedPage[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name, 'index.html');
    if (!existsSync(file)) continue;
    const doc = parseHtml(readFileSync(file, 'utf8'));
    const article = doc.querySelector('article.insight');
    if (!article) continue; // a page of the list of insights
    const hrefs = (selector: string) => article.querySelectorAll(selector).map((a) => a.getAttribute('href') ?? '');
    pages.push({
      url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
      title: article.querySelector('h1')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      date: article.querySelector('.byline time')?.getAttribute('datetime') ?? '',
      topics: hrefs('ul.topics a').map((h) => h.replace(/^\/topics\/|\/$/g, '')),
      authors: hrefs('.byline a[href^="/authors/"]').map((h) => h.replace(/^\/authors\/|\/$/g, '')),
    });
  }
  // Newest first, ties by title: the order every list and feed uses.
  return pages.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

export interface FeedOptions {
  feedLength: number;
  archivePageSize: number;
}

/** The item ids a feed document must carry, in order, according to the built pages. */
export function expectedIds(
  feed: FeedFile,
  pages: PublishedPage[],
  { feedLength, archivePageSize }: FeedOptions,
): string[] {
  const archive = /^\/archive\/atom\/(\d+)\.xml$/.exec(feed.sitePath);
  if (archive) {
    const oldestFirst = pages.slice(feedLength).reverse();
    const n = Number(archive[1]);
    return oldestFirst
      .slice((n - 1) * archivePageSize, n * archivePageSize)
      .reverse()
      .map((p) => p.url);
  }
  const topic = /^\/topics\/([^/]+)\//.exec(feed.sitePath)?.[1];
  const author = /^\/authors\/([^/]+)\//.exec(feed.sitePath)?.[1];
  const scope = pages.filter((p) => (topic ? p.topics.includes(topic) : author ? p.authors.includes(author) : true));
  return scope.slice(0, feedLength).map((p) => p.url);
}
