import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';

export async function GET(context) {
  const insights = await getCollection('insights');
  return rss({
    title: 'Baseline',
    description: 'Baseline feed',
    site: context.site,
    items: insights.map((i) => ({
      title: i.data.title,
      description: i.data.description,
      pubDate: i.data.pubDate,
      link: `/${i.id}/`,
    })),
  });
}
