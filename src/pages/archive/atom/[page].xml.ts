import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveResponse, siteArchive } from '../../../lib/feeds';

/** The fixed archive documents of the site's Atom feed (RFC 5005), 1 being the oldest. */
export const getStaticPaths = (async () =>
  (await siteArchive()).pages.map((page) => ({ params: { page: String(page.number) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, generator }) => archiveResponse(Number(params['page']), generator);
