/**
 * Draws the generated images: a card (card.ts) laid out by satori with the site's local fonts, rasterised by
 * resvg, written as a PNG by sharp, and cached by the digest of everything it shows and is drawn with (cache.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import iconSvg from '../../assets/brand/icon.svg?raw';
import { cachedImage } from './cache';
import { BRAND_COLORS, OG_HEIGHT, OG_WIDTH, TEMPLATE_VERSION, cardText, cardTree, type Brand, type Card } from './card';
import { digestOf } from './digest';
import { graphemes, isEmoji, twemojiName } from './emoji';
import { fontStack, fontVersions, fontsFor } from './fonts';

const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));
const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(requireFromRoot.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
const emojiDir = dirname(requireFromRoot.resolve('@twemoji/svg/package.json'));

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

/** An emoji as a data URL of its Twemoji SVG; `undefined` when Twemoji has no picture for it. */
function emojiImage(grapheme: string): string | undefined {
  for (const name of [twemojiName(grapheme), twemojiName(grapheme.replace(/\ufe0f/g, ''))]) {
    try {
      const svg = readFileSync(join(emojiDir, `${name}.svg`));
      return `data:image/svg+xml;base64,${svg.toString('base64')}`;
    } catch {
      // Try the next spelling.
    }
  }
  return undefined;
}

/** Draws a card as SVG with satori. */
export async function cardSvg(card: Card, brand: Brand): Promise<string> {
  const { fonts, uncovered } = fontsFor(cardText(card, brand));
  const missing = uncovered.filter((ch) => !emojiImage(ch));
  if (missing.length > 0) {
    console.warn(
      `[og-images] no local font draws ${missing.map((ch) => JSON.stringify(ch)).join(', ')} in "${card.title}"`,
    );
  }
  // Satori's types come from React, which the project does not install: the tree is React-element-like.
  const stacks = { serif: fontStack(fonts, 'Source Serif 4'), sans: fontStack(fonts, 'Inter') };
  const tree = cardTree(card, brand, stacks) as unknown as Parameters<typeof satori>[0];
  return satori(tree, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: fonts.map(({ name, data, weight, style }) => ({ name, data, weight, style })),
    loadAdditionalAsset: async (code, segment) => (code === 'emoji' ? (emojiImage(segment) ?? '') : []),
  });
}

/**
 * How many colours a card's PNG keeps. A card is flat colour and anti-aliased text: sixteen undithered
 * colours draw it without visible loss at two thirds of the bytes and half the encoding time of 256 dithered
 * ones. Emoji are pictures, with gradients and many hues: a card that shows one keeps the full palette.
 */
export function paletteSize(card: Card, brand: Brand): number {
  return graphemes(cardText(card, brand)).some(isEmoji) ? 256 : 16;
}

/**
 * Draws a card as a PNG. resvg rasterises on libuv's thread pool, off the main thread, with about 20% less CPU
 * per card than sharp's librsvg (README "Speed"). Satori writes text as paths, so resvg needs no fonts of its
 * own. Its pixels are premultiplied RGBA, which is plain RGBA here: a card is opaque edge to edge, so the
 * alpha channel is dropped.
 */
export async function cardPng(card: Card, brand: Brand): Promise<Buffer> {
  const svg = await cardSvg(card, brand);
  const { pixels, width, height } = await renderAsync(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
  });
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6, palette: true, colours: paletteSize(card, brand), dither: 0, effort: 1 })
    .toBuffer();
}

/** The PNG of a card, from the cache when nothing it shows has changed. `name` identifies it in the build report. */
export function ogImagePng(name: string, card: Card, brand: Brand): Promise<Buffer> {
  return cachedImage(name, cardDigest(card, brand), () => cardPng(card, brand));
}
