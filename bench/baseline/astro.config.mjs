// The bare baseline the benchmark compares the site with: one page per MDX insight, a paginated
// index and a summary RSS feed, nothing else (no images, feeds of full text, search or metadata).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example.com',
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
});
