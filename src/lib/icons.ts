/** Draws the site's icons from the one source SVG with sharp, through the image cache. */
import sharp from 'sharp';
import iconSvg from '../assets/brand/icon.svg?raw';
import { BRAND_COLORS } from './og/card';
import { cachedImage } from './og/cache';
import { digestOf } from './og/digest';
import type { IconSpec } from './web-manifest';

/** The favicon: the source SVG without its comments. */
export function faviconSvg(): string {
  return iconSvg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .trim();
}

/** One icon as a PNG. */
export function iconPng(icon: IconSpec): Promise<Buffer> {
  const svg = faviconSvg();
  const digest = digestOf({ kind: 'icon', icon, svg, background: BRAND_COLORS.accent, sharp: sharp.versions });
  return cachedImage(`icons/${icon.name}`, digest, async () => {
    // Drawn at its own size from the vector source (64 user units at 72 dpi are 64 pixels), then centred.
    const inner = Math.round(icon.size * (icon.scale ?? 1));
    const margin = (icon.size - inner) / 2;
    let image = sharp(Buffer.from(svg), { density: Math.ceil((72 * inner) / 64) }).resize(inner, inner);
    if (icon.opaque) image = image.flatten({ background: BRAND_COLORS.accent });
    if (margin > 0) {
      const edge = {
        top: Math.floor(margin),
        left: Math.floor(margin),
        bottom: Math.ceil(margin),
        right: Math.ceil(margin),
      };
      image = sharp(await image.png().toBuffer()).extend({ ...edge, background: BRAND_COLORS.accent });
    }
    return image.png({ compressionLevel: 9 }).toBuffer();
  });
}
