import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, authorFeedPaths } from '../../../lib/feeds';

export const getStaticPaths = authorFeedPaths satisfies GetStaticPaths;

/** An author's feed of their latest insights, full text (rss). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, generator }) =>
  feedResponse('rss', props.scope, generator);
