/**
 * Draws a card: laid out by satori with the site's local fonts, rasterised by resvg, written as a PNG by sharp.
 * It runs in the drawing worker (draw-worker.ts), which Node loads without Astro's bundler: imports name
 * their files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH, cardText, cardTree, type Brand, type Card } from './card.ts';
import { graphemes, isEmoji, twemojiName } from './emoji.ts';
import { fontStack, fontsFor } from './fonts.ts';

const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));
const emojiDir = dirname(requireFromRoot.resolve('@twemoji/svg/package.json'));

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
 * Draws a card as a PNG. resvg rasterises on libuv's thread pool with about 20% less CPU per card than sharp's
 * librsvg (README "Speed"). Satori writes text as paths, so resvg needs no fonts of its own. Its pixels are
 * premultiplied RGBA, which is plain RGBA here: a card is opaque edge to edge, so the alpha channel is dropped.
 * The palette costs half of a card's CPU (13 ms of 26) against 5 ms for a truecolour PNG, but the card is also
 * the cover of an insight without a photo, its largest paint: at 38 KB instead of 20 KB it held the article's
 * LCP at 1.21 s instead of 0.92 s under Lighthouse's mobile preset.
 */
export async function drawCard(card: Card, brand: Brand): Promise<Buffer> {
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
