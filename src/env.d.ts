/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** True under `astro dev` only (set by src/integrations/preview-mode.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}

declare namespace App {
  interface Locals {
    /**
     * True while src/lib/feeds.ts renders an insight's body for a feed: the MDX components
     * (src/components/mdx/) then write what feed readers show well, such as a chart as an image of its SVG file.
     */
    feed?: boolean;
  }
}
