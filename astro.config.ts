import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, envField } from 'astro/config';
import { loadEnv } from 'vite';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { builtPageInfo } from './src/lib/sitemap-lastmod';
import { formSettings } from './src/integrations/form-settings';
import { imageReport } from './src/integrations/image-report';
import { previewMode } from './src/integrations/preview-mode';
import { formOrigins, resolveForms } from './src/lib/forms';
import { outDirOf } from './src/lib/out-dir';
import { site } from './src/site.config';
import { sourceDigest } from './src/lib/source-digest';
import { digestOf } from './src/lib/og/digest';

const outDir = outDirOf();

const root = fileURLToPath(new URL('.', import.meta.url));
const layerOrderHash = `sha256-${createHash('sha256')
  .update(readFileSync(new URL('./src/styles/layers.css', import.meta.url)))
  .digest('base64')}` as const;

// The same resolution the pages use (src/lib/forms.ts), so the CSP allows exactly the endpoints the forms post to.
const forms = resolveForms(site.forms, loadEnv('', process.cwd(), ''));
const formSources = formOrigins(forms)
  .map((origin) => ` ${origin}`)
  .join('');

// The incremental build (below) reuses a page while its code and the content it shows are unchanged. Its code is
// more than its own modules: every page carries the one shared stylesheet, and reads settings from the
// environment. A digest of all source and of the resolved settings, kept in the config (which Astro hashes),
// makes a change to either re-render every page.
const buildInputs = digestOf({
  source: sourceDigest(root, ['src', 'astro.config.ts', 'tsconfig.json'], ['src/content']),
  site,
  forms,
});

export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'always',
  // Tests and the benchmark build fixture content into their own folder.
  outDir,
  // A separate cache per content folder keeps fixture builds from reusing the real content's store.
  cacheDir: process.env['CACHE_DIR'] ?? './node_modules/.astro',
  integrations: [
    previewMode(),
    // Editors' punctuation is kept exactly as written: excerpts cut with "..." stay that way.
    mdx({ smartypants: false }),
    sitemap({
      // Each page states when it last changed (src/lib/last-modified.ts) and whether it may be indexed;
      // the sitemap repeats what the page says.
      serialize: (item) => {
        const page = builtPageInfo(outDir, item.url);
        if (page.noindex) return undefined;
        // An insight first published elsewhere (its `canonical` field) is that address's to list.
        if (page.canonical && page.canonical !== item.url) return undefined;
        return page.modified ? { ...item, lastmod: page.modified } : item;
      },
    }),
    // Prints how many generated images were drawn and how many came from the cache (src/lib/og/cache.ts).
    imageReport(),
    formSettings(forms),
  ],
  build: {
    format: 'directory',
    // The site's one stylesheet (cssCodeSplit: false below, 4 KB compressed) goes inside every page: no
    // render-blocking request at all, and the cover image of an article gets the page's warm connection, which
    // brings the article's LCP under Lighthouse's mobile preset from 1.05-1.21 s to 0.90 s. Astro hashes that
    // style for the CSP; with one bundle for the whole site, no component's styles are left out of it (a
    // stylesheet of its own per component, imported inside MDX entries, would not be hashed).
    inlineStylesheets: 'always',
    // Eight pages in flight keep both cores busy: share cards are encoded by sharp on its own threads while
    // the main thread renders other pages (2 left the main thread idle for half of a cold build).
    concurrency: 8,
  },
  env: {
    schema: {
      NEWSLETTER_ENDPOINT: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      DEMO_ENDPOINT: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      FORM_TIMEOUT_MS: envField.number({ context: 'server', access: 'public', optional: true, int: true, gt: 0 }),
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        `connect-src 'self'${formSources}`,
        `form-action 'self'${formSources}`,
        "base-uri 'self'",
        "manifest-src 'self'",
      ],
      // The inline layer-order declaration (src/components/BaseHead.astro) is not an Astro-processed style,
      // so its hash is added here, computed from the same file.
      styleDirective: { resources: ["'self'"], hashes: [layerOrderHash] },
      scriptDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; Prism uses classes.
    syntaxHighlight: 'prism',
  },
  vite: {
    // Unused by the code: it is here so that Astro's config hash, which the incremental build keys on, has it.
    define: { __BUILD_INPUTS__: JSON.stringify(buildInputs) },
    build: {
      // One stylesheet for the whole site, inlined into every page (build.inlineStylesheets above).
      cssCodeSplit: false,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks every MDX module with a "use astro:head-inject" directive the bundler does not know;
          // the warning repeats for each insight and hides warnings that matter.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  image: {
    responsiveStyles: false,
    service: {
      entrypoint: 'astro/assets/services/sharp',
      // libavif's default effort (4) takes seconds per variant; effort 0 encodes a 1200 px photo in
      // tens of milliseconds at a similar size. WebP at effort 2 instead of 4: 43% less time for 8% more
      // bytes (measured with the benchmark's photos, see README "Speed").
      config: { avif: { effort: 0 }, webp: { effort: 2 } },
    },
  },
  experimental: {
    // Pages whose cache key (src/lib/cache-keys.ts) and code are unchanged since the last build are copied from
    // that build (kept in cacheDir) instead of rendered: an edit to one insight re-renders the pages that show it.
    incrementalBuild: true,
    // Writes the collections' JSON schemas (with each field's description) to .astro/collections/ on sync and build;
    // Astro's editor extension uses them for frontmatter completion and validation in MDX (see CONTRIBUTING.md).
    contentIntellisense: true,
  },
});
