/**
 * `npm run check:content`: checks every insight for the mistakes the build lets through (see CONTRIBUTING.md,
 * "What the checks mean") and prints each with its file and line. Errors make it exit with 1; warnings are
 * advice and do not. Reads CONTENT_DIR (default src/content), like the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkInsights, formatDiagnostic, rules, summary, type InsightFile } from '../src/lib/content-check/index.ts';
import { contentRoot, displayPath, projectDir } from './lib/paths.ts';
import { importSiteModule } from './lib/site-module.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('Usage: npm run check:content\n\nChecks every insight in the content folder. The rules:\n');
  for (const rule of rules) console.log(`  ${rule.id} (${rule.severity})\n    ${rule.description}\n`);
  process.exit(0);
}

const insightsDir = join(contentRoot, 'insights');
if (!existsSync(insightsDir)) {
  console.error(`No insights folder at ${displayPath(insightsDir)}: is CONTENT_DIR right?`);
  process.exit(2);
}

const files: InsightFile[] = readdirSync(insightsDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort()
  .map((absolutePath) => ({
    file: displayPath(absolutePath),
    absolutePath,
    relativePath: relative(insightsDir, absolutePath),
    source: readFileSync(absolutePath, 'utf8'),
  }));

const { site } = await importSiteModule<typeof import('../src/site.config.ts')>(
  new URL('../src/site.config.ts', import.meta.url),
);

const diagnostics = checkInsights(files, {
  siteUrl: site.url,
  projectDir,
  publicDir: join(projectDir, 'public'),
  exists: existsSync,
});

for (const d of diagnostics) console.log(formatDiagnostic(d));
if (diagnostics.length > 0) console.log('');
console.log(summary(diagnostics, files.length));
process.exit(diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
