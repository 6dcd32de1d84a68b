import type { APIRoute, GetStaticPaths } from 'astro';
import { allPageImages, type PageImage } from '../../lib/og-images';
import { brandOf, cardDigest, ogImagePng } from '../../lib/og/render';
import { site } from '../../site.config';

/** The Open Graph image of every page that has one (src/lib/og-images.ts), drawn at build, cached by digest. */
export const getStaticPaths = (async () => {
  const images = await allPageImages();
  const brand = brandOf(site.name, site.url);
  // The digest of everything the image shows and is drawn with: an unchanged image is copied from the last
  // build (Astro's incremental build) without even being read from the image cache.
  return images.map((image) => ({
    params: { name: image.name },
    props: { image },
    cacheKey: cardDigest(image.card, brand),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ image: PageImage }> = async ({ props }) => {
  const png = await ogImagePng(props.image.name, props.image.card, brandOf(site.name, site.url));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
