import { registerHooks } from 'node:module';

let registered = false;

/**
 * Imports one of the site's modules (src/site.config.ts, say) in plain Node. The site's relative imports leave
 * out the `.ts` extension, which Vite allows and Node does not: a resolve hook adds it.
 */
export async function importSiteModule<T>(url: URL): Promise<T> {
  if (!registered) {
    registerHooks({
      resolve(specifier, context, nextResolve) {
        try {
          return nextResolve(specifier, context);
        } catch (error) {
          if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
            return nextResolve(`${specifier}.ts`, context);
          }
          throw error;
        }
      },
    });
    registered = true;
  }
  return (await import(url.href)) as T;
}
