import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { rawFrontmatterDates } from './frontmatter-dates';

/**
 * Wraps a file loader so that date fields reach the schema as the text the editor wrote.
 * The YAML parser would otherwise turn `2026-02-30` into 2 March 2026 and the schema could
 * never reject it.
 */
export function withRawDates(loader: Loader, fields: readonly string[]): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const raw = rawFrontmatterDates(await readFile(props.filePath, 'utf8'), fields);
            return context.parseData({ ...props, data: { ...props.data, ...raw } });
          }
          return context.parseData(props);
        },
      }),
  };
}
