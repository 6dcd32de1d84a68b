import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, topicFeedScopes } from '../../../lib/feeds';

export const getStaticPaths = (async () =>
  (await topicFeedScopes()).map(({ topic, scope }) => ({
    params: { topic: topic.id },
    props: { scope },
  }))) satisfies GetStaticPaths;

/** A topic's feed of its latest insights, full text (json). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, generator }) =>
  feedResponse('json', props.scope, generator);
