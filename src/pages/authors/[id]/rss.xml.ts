import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { authorFeedScopes, feedResponse } from '../../../lib/feeds';
import { feedKey } from '../../../lib/page-cache-keys';

export const getStaticPaths = (async () =>
  Promise.all(
    (await authorFeedScopes()).map(async ({ author, scope }) => ({
      params: { id: author.id },
      props: { scope },
      cacheKey: await feedKey(author, scope),
    })),
  )) satisfies GetStaticPaths;

/** An author's feed of their latest insights, full text (rss). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, generator }) =>
  feedResponse('rss', props.scope, generator);
