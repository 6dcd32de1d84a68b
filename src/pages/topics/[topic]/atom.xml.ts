import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, topicFeedScopes } from '../../../lib/feeds';
import { feedKey } from '../../../lib/page-cache-keys';

export const getStaticPaths = (async () =>
  Promise.all(
    (await topicFeedScopes()).map(async ({ topic, scope }) => ({
      params: { topic: topic.id },
      props: { scope },
      cacheKey: await feedKey(topic, scope),
    })),
  )) satisfies GetStaticPaths;

/** A topic's feed of its latest insights, full text (atom). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, generator }) =>
  feedResponse('atom', props.scope, generator);
