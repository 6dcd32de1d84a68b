/**
 * The standalone SVG files of the charts (src/components/mdx/Chart.astro), which feeds show as images: inline
 * SVG is poorly supported by feed readers. Every chart drawn in this build registers its file here; the endpoint
 * src/pages/charts/[name].svg.ts writes them. Needs Astro at build time, so it is checked through the built site
 * (tests/components/); the drawing itself is src/lib/chart/, each part with its unit test.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { chartFile, chartFileName, type ChartDrawing } from './chart/svg';
import { insightSource } from './insight-source';
import { getPublishedInsights } from './insights';

const files = new Map<string, string>();

/** Called by every Chart as it renders (on a page or in a feed): its standalone file, by file name. */
export function registerChart(drawing: ChartDrawing): void {
  files.set(chartFileName(drawing), chartFile(drawing));
}

let container: Promise<experimental_AstroContainer> | undefined;

/**
 * Every chart file of the published insights, by file name. Renders each insight whose body mentions a chart
 * (as a feed would), so that the list is complete whichever page or feed the build renders first.
 */
export function chartFiles(): Promise<Map<string, string>> {
  // `astro dev` keeps this module across edits: it draws afresh so that the files match the content as it is now.
  if (import.meta.env.DEV) return collect();
  collected ??= collect();
  return collected;
}

let collected: Promise<Map<string, string>> | undefined;

async function collect(): Promise<Map<string, string>> {
  const insights = [];
  // One file at a time: thousands read at once could run out of file handles.
  for (const insight of await getPublishedInsights()) {
    if ((await insightSource(insight)).includes('Chart')) insights.push(insight);
  }
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    experimental_AstroContainer.create({ renderers }),
  );
  const renderer = await container;
  for (const insight of insights) {
    const { Content } = await render(insight);
    await renderer.renderToString(Content, { locals: { feed: true } });
  }
  return files;
}
