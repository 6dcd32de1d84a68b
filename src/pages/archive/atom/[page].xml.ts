import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveResponse, siteArchive } from '../../../lib/feeds';
import { archiveDocumentKey } from '../../../lib/page-cache-keys';

/** The fixed archive documents of the site's Atom feed (RFC 5005), 1 being the oldest. */
export const getStaticPaths = (async () => {
  const { pages } = await siteArchive();
  return Promise.all(
    pages.map(async (page) => ({
      params: { page: String(page.number) },
      // A full archive document never changes (RFC 5005); it is written again only when an insight in it,
      // or one of their authors or topics, is edited, or when the pages around it change.
      cacheKey: await archiveDocumentKey(page.items, page.number, pages.length),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, generator }) => archiveResponse(Number(params['page']), generator);
