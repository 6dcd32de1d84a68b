import type { APIRoute } from 'astro';
import { feedResponse, siteFeedScope } from '../lib/feeds';

/** The site's feed of the latest insights, full text (rss). */
export const GET: APIRoute = async ({ generator }) => feedResponse('rss', await siteFeedScope(), generator);
