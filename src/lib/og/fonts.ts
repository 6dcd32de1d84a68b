/**
 * The site's own fonts for generated images, read from local npm packages (Fontsource ships static .woff files
 * split by unicode-range). Only the files that hold the characters of the image are loaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inRanges, parseUnicodeRange, subsetsFor, type FontSubset } from './font-subsets';

/** One font family from a Fontsource package. */
interface FamilySource {
  /** Family name, as the card's `fontFamily` names it. */
  name: string;
  /** The npm package. */
  pkg: string;
  /** The weights the card draws it in. */
  weights: readonly FontWeight[];
  /** A fallback is loaded only for the characters the families before it lack. */
  fallback?: boolean;
}

type FontWeight = 400 | 600 | 700;

/**
 * The site's families (the same as the pages': the serif for titles, the sans for the rest), then the fallback
 * for the scripts they do not cover (Chinese characters, kana). Satori falls back from font to font per glyph.
 */
export const FAMILIES: readonly FamilySource[] = [
  { name: 'Source Serif 4', pkg: '@fontsource/source-serif-4', weights: [700] },
  { name: 'Inter', pkg: '@fontsource/inter', weights: [400, 600] },
  { name: 'Noto Sans JP', pkg: '@fontsource/noto-sans-jp', weights: [400, 700], fallback: true },
];

export interface LoadedFont {
  /** Unique per subset file, for example "Inter latin-ext". */
  name: string;
  /** The family the file belongs to, for example "Inter". */
  family: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

// Packages are resolved from the project root: the build runs there, wherever Astro writes its chunks.
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

interface PackageInfo {
  dir: string;
  version: string;
  id: string;
  weights: number[];
  subsets: FontSubset[];
}

const packages = new Map<string, PackageInfo>();

function packageInfo(pkg: string): PackageInfo {
  let info = packages.get(pkg);
  if (!info) {
    const dir = dirname(requireFromRoot.resolve(`${pkg}/package.json`));
    const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as { id: string; weights: number[] };
    const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    const unicode = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    const subsets = Object.entries(unicode).map(([name, range]) => ({ name, ranges: parseUnicodeRange(range) }));
    info = { dir, version, id: meta.id, weights: meta.weights, subsets };
    packages.set(pkg, info);
  }
  return info;
}

/** The version of every package the images are drawn with, for the cache digest. */
export function fontVersions(): Record<string, string> {
  return Object.fromEntries(FAMILIES.map((f) => [f.pkg, packageInfo(f.pkg).version]));
}

const files = new Map<string, Buffer>();

function subsetFile(info: PackageInfo, subset: string, weight: number): Buffer {
  const path = join(info.dir, 'files', `${info.id}-${subset.replace(/[[\]]/g, '')}-${weight}-normal.woff`);
  let data = files.get(path);
  if (!data) {
    data = readFileSync(path);
    files.set(path, data);
  }
  return data;
}

export interface FontChoice {
  fonts: LoadedFont[];
  /** Characters that no family covers (emoji are drawn as pictures instead). */
  uncovered: string[];
}

/**
 * The font files that draw `text`: the subsets of the site's families that hold its characters (always their
 * Latin subset, for the site name), then the fallback's subsets for the characters the site's families lack.
 */
export function fontsFor(text: string): FontChoice {
  const fonts: LoadedFont[] = [];
  const covered = new Set<string>();
  for (const family of FAMILIES) {
    const info = packageInfo(family.pkg);
    const wanted = family.fallback
      ? Array.from(text)
          .filter((ch) => !covered.has(ch))
          .join('')
      : text;
    const { subsets } = subsetsFor(wanted, info.subsets);
    const chosen = family.fallback ? subsets : [...new Set(['latin', ...subsets])];
    for (const subset of info.subsets.filter((s) => chosen.includes(s.name))) {
      for (const ch of wanted) if (inRanges(subset.ranges, ch.codePointAt(0) ?? 0)) covered.add(ch);
    }
    for (const subset of chosen) {
      // One name per file: satori keeps one font per name and weight, so subsets sharing a name would hide
      // each other. The card lists the names in order (fontStacks).
      const name = `${family.name} ${subset.replace(/[[\]]/g, '')}`;
      for (const weight of family.weights) {
        const file = info.weights.includes(weight) ? weight : nearest(info.weights, weight);
        fonts.push({ name, family: family.name, data: subsetFile(info, subset, file), weight, style: 'normal' });
      }
    }
  }
  const uncovered = subsetsFor(
    Array.from(text)
      .filter((ch) => !covered.has(ch))
      .join(''),
    [],
  ).uncovered.map((cp) => String.fromCodePoint(cp));
  return { fonts, uncovered };
}

function nearest(weights: readonly number[], target: number): number {
  return weights.reduce((best, w) => (Math.abs(w - target) < Math.abs(best - target) ? w : best));
}

/** A CSS font-family list of the loaded files: `first` family's files, then every other file in load order. */
export function fontStack(fonts: readonly LoadedFont[], first: string): string {
  const names = [...new Set(fonts.map((f) => f.name))];
  const own = names.filter((n) => fonts.some((f) => f.name === n && f.family === first));
  return [...own, ...names.filter((n) => !own.includes(n))].map((n) => JSON.stringify(n)).join(', ');
}
