/**
 * The feeds of the built site (dist/; run `npm run build` first): every feed document passes xmllint,
 * python3-feedparser, newsboat and the W3C validator's rules, and carries what the built pages say it should.
 */
import { describe } from 'vitest';
import { site } from '../../src/site.config';
import { distDir } from '../helpers/site';
import { registerFeedChecks } from './register-checks';

describe('feeds of the built site', () => {
  registerFeedChecks(() => ({
    outDir: distDir,
    options: { feedLength: site.feeds.length, archivePageSize: site.feeds.archivePageSize },
  }));
});
