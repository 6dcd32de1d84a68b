import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFiles } from '../../lib/charts';

/** One standalone SVG file per chart of the published insights, named by its content (feeds link to it). */
export const getStaticPaths = (async () => {
  const files = await chartFiles();
  return [...files.keys()].map((file) => ({ params: { name: file.replace(/\.svg$/, '') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = (await chartFiles()).get(`${params['name']}.svg`);
  if (body === undefined) return new Response('No such chart', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
