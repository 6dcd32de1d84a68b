/**
 * The generated images: a card (card.ts) drawn in a worker thread (draw.ts) and cached by the digest of
 * everything it shows and is drawn with (cache.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import sharp from 'sharp';
import iconSvg from '../../assets/brand/icon.svg?raw';
import { cachedImage } from './cache';
import { BRAND_COLORS, OG_HEIGHT, OG_WIDTH, TEMPLATE_VERSION, type Brand, type Card } from './card';
import { digestOf } from './digest';
import { fontVersions } from './fonts';

const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));
const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(requireFromRoot.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

/** The site's brand as the images show it: its name, its host, its icon and colours. */
export function brandOf(name: string, url: string): Brand {
  return { name, host: new URL(url).host, iconSvg, colors: BRAND_COLORS };
}

let packages: Record<string, string> | undefined;
/** The versions of the packages the images are drawn with, read once per build: every card's digest names them. */
function packageVersions(): Record<string, string> {
  packages ??= {
    ...fontVersions(),
    '@twemoji/svg': versionOf('@twemoji/svg'),
    satori: versionOf('satori'),
    '@resvg/resvg-js': versionOf('@resvg/resvg-js'),
  };
  return packages;
}

/** Everything that changes the picture besides the card itself: template, brand, fonts and renderers. */
function renderInputs(card: Card, brand: Brand): unknown {
  return {
    template: TEMPLATE_VERSION,
    size: [OG_WIDTH, OG_HEIGHT],
    card,
    brand,
    packages: packageVersions(),
    // resvg draws the SVG; sharp quantises the pixels and writes the PNG with libvips.
    sharp: sharp.versions,
  };
}

/** The digest an image is cached under. */
export function cardDigest(card: Card, brand: Brand): string {
  return digestOf(renderInputs(card, brand));
}

let pool: Piscina | undefined;

/**
 * Cards are drawn in a worker thread (draw-worker.ts), so that the main thread renders pages meanwhile: satori's
 * layout took about 6 ms of it per card, and a cold build renders pages on it alone. One worker per core beside
 * the main thread; each lays one card out while resvg and sharp draw another. Idle workers do not keep the
 * build's process alive.
 */
function drawingPool(): Piscina {
  pool ??= new Piscina({
    // Astro bundles this module into its build output; Node loads the worker from the sources.
    filename: pathToFileURL(join(process.cwd(), 'src/lib/og/draw-worker.ts')).href,
    minThreads: 1,
    // Each worker holds its own satori, fonts and renderers in memory: a few are plenty.
    maxThreads: Math.min(3, Math.max(1, availableParallelism() - 1)),
    // One card laid out while resvg and sharp draw another (on libuv's threads, which also write the build's
    // files); four in flight measured no faster.
    concurrentTasksPerWorker: 2,
  });
  return pool;
}

/** Draws a card as a PNG (draw.ts), in the drawing worker. */
export async function cardPng(card: Card, brand: Brand): Promise<Buffer> {
  const png = (await drawingPool().run({ card, brand })) as Uint8Array;
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}

/** The PNG of a card, from the cache when nothing it shows has changed. `name` identifies it in the build report. */
export function ogImagePng(name: string, card: Card, brand: Brand): Promise<Buffer> {
  return cachedImage(name, cardDigest(card, brand), () => cardPng(card, brand));
}
