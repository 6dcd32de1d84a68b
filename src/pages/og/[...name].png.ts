import type { APIRoute, GetStaticPaths } from 'astro';
import { allPageImages, type PageImage } from '../../lib/og-images';
import { brandOf, ogImagePng } from '../../lib/og/render';
import { site } from '../../site.config';

/** The Open Graph image of every page that has one (src/lib/og-images.ts), drawn at build, cached by digest. */
export const getStaticPaths = (async () => {
  const images = await allPageImages();
  return images.map((image) => ({ params: { name: image.name }, props: { image } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ image: PageImage }> = async ({ props }) => {
  const png = await ogImagePng(props.image.name, props.image.card, brandOf(site.name, site.url));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
