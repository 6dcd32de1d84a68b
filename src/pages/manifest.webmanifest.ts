import type { APIRoute } from 'astro';
import { BRAND_COLORS } from '../lib/og/card';
import { webManifest } from '../lib/web-manifest';
import { site } from '../site.config';

/** The web app manifest: the site's name and its icons. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webManifest({
        name: site.name,
        description: site.description,
        lang: site.lang,
        themeColor: BRAND_COLORS.accent,
        backgroundColor: BRAND_COLORS.background,
      }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );
