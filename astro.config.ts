import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { builtPageModified } from './src/lib/sitemap-lastmod';
import { previewMode } from './src/integrations/preview-mode';
import { searchIndex } from './src/integrations/search-index';
import { site } from './src/site.config';

// Variable fonts come from local npm packages: nothing is fetched at build time or in the browser.
const fontFile = (pkg: string, file: string) => `./node_modules/@fontsource-variable/${pkg}/files/${file}`;

const outDir = process.env['OUT_DIR'] ?? './dist';

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
      // Each page states when it last changed (src/lib/last-modified.ts); the sitemap repeats it.
      serialize: (item) => {
        const lastmod = builtPageModified(outDir, item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    searchIndex(),
  ],
  build: {
    format: 'directory',
    // Inline styles of components imported inside MDX entries are not hashed by the CSP;
    // external stylesheets are allowed by 'self' and avoid that gap entirely.
    inlineStylesheets: 'never',
  },
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-serif',
      fallbacks: ['Georgia', 'serif'],
      options: {
        variants: [
          {
            src: [fontFile('source-serif-4', 'source-serif-4-latin-wght-normal.woff2')],
            weight: '200 900',
            style: 'normal',
          },
          {
            src: [fontFile('source-serif-4', 'source-serif-4-latin-wght-italic.woff2')],
            weight: '200 900',
            style: 'italic',
          },
        ],
      },
    },
    {
      provider: fontProviders.local(),
      name: 'Inter',
      cssVariable: '--font-sans',
      fallbacks: ['system-ui', 'sans-serif'],
      options: {
        variants: [{ src: [fontFile('inter', 'inter-latin-wght-normal.woff2')], weight: '100 900', style: 'normal' }],
      },
    },
  ],
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "manifest-src 'self'",
      ],
      styleDirective: { resources: ["'self'"] },
      scriptDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; Prism uses classes.
    syntaxHighlight: 'prism',
  },
  vite: {
    build: {
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
  },
});
