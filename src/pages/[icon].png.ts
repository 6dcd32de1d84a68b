import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng } from '../lib/icons';
import { ICONS, icon } from '../lib/web-manifest';

/** The PNG icons (favicon fallback, apple-touch-icon, the manifest's), drawn from the one SVG source by sharp. */
export const getStaticPaths = (() => ICONS.map((i) => ({ params: { icon: i.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const png = await iconPng(icon(params['icon'] ?? ''));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
