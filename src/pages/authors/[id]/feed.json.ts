import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, authorFeedPaths } from '../../../lib/feeds';

export const getStaticPaths = authorFeedPaths satisfies GetStaticPaths;

/** An author's feed of their latest insights, full text (json). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, generator }) =>
  feedResponse('json', props.scope, generator);
