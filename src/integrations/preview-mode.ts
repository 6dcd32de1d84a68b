import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether it runs under `astro dev`, where editors preview drafts and scheduled
 * insights. Decided by the Astro command itself, not by environment variables such as DEV or
 * NODE_ENV that a shell or a test runner may set, so a production build never shows drafts.
 */
export function previewMode(): AstroIntegration {
  return {
    name: 'preview-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
