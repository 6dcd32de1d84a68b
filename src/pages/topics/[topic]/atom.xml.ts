import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, topicFeedPaths } from '../../../lib/feeds';

export const getStaticPaths = topicFeedPaths satisfies GetStaticPaths;

/** A topic's feed of its latest insights, full text (atom). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, generator }) =>
  feedResponse('atom', props.scope, generator);
