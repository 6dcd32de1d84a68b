/**
 * Renders the MDX components with Astro's Container API inside Vitest. The unit project's Vitest has no Astro
 * plugin, so a Vite server made from the project's Astro configuration compiles the `.astro` files (one per
 * test file, closed by `closeRenderer`).
 */
import { experimental_AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { HtmlValidate } from 'html-validate';
import { createServer, type InlineConfig, type ViteDevServer } from 'vite';
import { feedReadyHtml } from '../../lib/feed/item';

let server: Promise<ViteDevServer> | undefined;

function viteServer(): Promise<ViteDevServer> {
  server ??= (async () => {
    const config = await getViteConfig({}, { logLevel: 'error' })({ command: 'serve', mode: 'test' });
    return createServer({
      ...(config as InlineConfig),
      configFile: false,
      logLevel: 'error',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    });
  })();
  return server;
}

export async function closeRenderer(): Promise<void> {
  if (server) await (await server).close();
  server = undefined;
}

/** Loads a module through Vite (a component, or an image as ImageMetadata), by its path from the project root. */
export async function loadModule<T = Record<string, unknown>>(path: string): Promise<T> {
  return (await (await viteServer()).ssrLoadModule(path)) as T;
}

/** Compiles a component ahead of its tests (the first compilation starts Vite): call it in `beforeAll`. */
export async function compile(component: string): Promise<void> {
  await loadModule(`/src/components/mdx/${component}.astro`);
}

export interface RenderOptions {
  props?: Record<string, unknown>;
  /** Slot contents as HTML, by slot name ("default" for the children). */
  slots?: Record<string, string>;
  /** Render as src/lib/feeds.ts does for a feed item. */
  feed?: boolean;
}

/** A component of src/components/mdx/ rendered to HTML, without the source annotations of development mode. */
export async function render(
  component: string,
  { props = {}, slots, feed = false }: RenderOptions = {},
): Promise<string> {
  const module = await loadModule<{ default: Parameters<experimental_AstroContainer['renderToString']>[0] }>(
    `/src/components/mdx/${component}.astro`,
  );
  const container = await experimental_AstroContainer.create();
  const html = await container.renderToString(module.default, {
    props,
    ...(slots ? { slots } : {}),
    ...(feed ? { locals: { feed: true } } : {}),
  });
  return html.replace(/\s+data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

/** The error a component throws for these props (the build stops with it), or undefined when it renders. */
export async function renderError(component: string, options: RenderOptions = {}): Promise<string | undefined> {
  try {
    await render(component, options);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** html-validate's errors for an HTML fragment, as `rule: message` lines (empty when valid). */
export async function htmlErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}

/** The page of the insight a feed item comes from, against which its URLs are made absolute. */
export const FEED_PAGE = 'https://research.example.com/insights/an-insight/';

/** A component rendered for a feed and cleaned as feed items are (src/lib/feed/item.ts). */
export async function renderForFeed(component: string, options: RenderOptions = {}): Promise<string> {
  return feedReadyHtml(await render(component, { ...options, feed: true }), FEED_PAGE);
}
