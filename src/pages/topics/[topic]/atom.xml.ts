import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, topicFeedScopes } from '../../../lib/feeds';

export const getStaticPaths = (async () =>
  (await topicFeedScopes()).map(({ topic, scope }) => ({
    params: { topic: topic.id },
    props: { scope },
  }))) satisfies GetStaticPaths;

/** A topic's feed of its latest insights, full text (atom). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, generator }) =>
  feedResponse('atom', props.scope, generator);
