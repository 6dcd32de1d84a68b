/**
 * Where content is read from. CONTENT_DIR points the site at another folder (a test fixture,
 * generated benchmark content) without touching `src/content`.
 */
export const contentDir: string = (process.env['CONTENT_DIR'] ?? './src/content').replace(/\/+$/, '');
