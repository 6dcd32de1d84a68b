import type { AstroIntegration } from 'astro';
import { missingFormSettings, type ResolvedForms } from '../lib/forms';

/** Warns once per build when a form has nowhere to send submissions yet; the site still builds. */
export function formSettings(forms: ResolvedForms): AstroIntegration {
  return {
    name: 'form-settings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const missing = missingFormSettings(forms);
        if (missing.length > 0) {
          logger.warn(
            `Forms are not connected to a provider yet, so they explain that instead of sending. Set ${missing.join(' and ')}. See "Forms" in the README.`,
          );
        }
      },
    },
  };
}
