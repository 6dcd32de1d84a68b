import type { APIRoute } from 'astro';
import { faviconSvg } from '../lib/icons';

/** The SVG favicon: the site's icon source (src/assets/brand/icon.svg). */
export const GET: APIRoute = () =>
  new Response(faviconSvg(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
