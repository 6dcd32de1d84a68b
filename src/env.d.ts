/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** True under `astro dev` only (set by src/integrations/preview-mode.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}
