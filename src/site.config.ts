import { defineSiteConfig } from './config/schema';

/**
 * The site's configuration. Every option is documented in `src/config/schema.ts`.
 * SITE_URL overrides `url`, so a preview or staging build can use its own origin; PAGE_SIZE overrides `pageSize`;
 * FEED_LENGTH and FEED_ARCHIVE_PAGE_SIZE override `feeds.length` and `feeds.archivePageSize`.
 */
export const site = defineSiteConfig({
  name: 'Futurum Research',
  url: process.env['SITE_URL'] ?? 'https://research.example.com',
  description: 'Futurum Research provides industry research and analysis.',
  titlePattern: '{title} | {site}',
  publisher: 'Futurum Research',
  menu: [
    { label: 'Insights', href: '/insights/' },
    { label: 'Topics', href: '/topics/' },
    { label: 'Authors', href: '/authors/' },
    { label: 'Search', href: '/search/' },
    { label: 'Feeds', href: '/feeds/' },
  ],
  disclaimer:
    'Futurum Research provides industry research and analysis. These columns are for educational purposes only and should not be considered in any way investment advice.',
  bookDemo: { label: 'Book a Demo', href: '/book-a-demo/' },
  // PAGE_SIZE lets fixture builds exercise pagination with a few insights.
  pageSize: process.env['PAGE_SIZE'] ? Number(process.env['PAGE_SIZE']) : undefined,
  // FEED_LENGTH and FEED_ARCHIVE_PAGE_SIZE let fixture builds exercise archive paging with a few insights.
  feeds: {
    length: process.env['FEED_LENGTH'] ? Number(process.env['FEED_LENGTH']) : undefined,
    archivePageSize: process.env['FEED_ARCHIVE_PAGE_SIZE'] ? Number(process.env['FEED_ARCHIVE_PAGE_SIZE']) : undefined,
  },
  newsletter: {
    title: 'Newsletter Sign-up Form',
    pitch:
      'Get important insights straight to your inbox, receive first looks at eBooks, exclusive event invitations, custom content, and more.',
    promise: 'We promise not to spam you or sell your name to anyone. You can always unsubscribe at any time.',
  },
});
