import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { authorFeedScopes, feedResponse } from '../../../lib/feeds';

export const getStaticPaths = (async () =>
  (await authorFeedScopes()).map(({ author, scope }) => ({
    params: { id: author.id },
    props: { scope },
  }))) satisfies GetStaticPaths;

/** An author's feed of their latest insights, full text (json). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, generator }) =>
  feedResponse('json', props.scope, generator);
