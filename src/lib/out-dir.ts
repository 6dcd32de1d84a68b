/** Where the site is built. OUT_DIR points a build elsewhere (a test fixture, the benchmark) without touching dist/. */
export function outDirOf(env: Record<string, string | undefined> = process.env): string {
  return env['OUT_DIR'] ?? './dist';
}
