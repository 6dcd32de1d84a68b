import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir';
import { parseStrictDate } from './lib/dates';
import { withRawDates } from './lib/strict-date-loader';

/** A calendar day written as YYYY-MM-DD (or a full RFC 3339 time); impossible days are refused. */
const strictDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) return value;
  const parsed = parseStrictDate(value);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a real date; write it as YYYY-MM-DD, for example 2019-05-17`,
    });
    return z.NEVER;
  }
  return parsed;
});

const DATE_FIELDS = ['pubDate', 'updatedDate'] as const;

// Each field's `.describe()` text is its documentation: docs/frontmatter.md and the editors' JSON schemas in
// docs/schemas/ are generated from it (`npm run docs:frontmatter`), and a test fails when they are out of date.
const insights = defineCollection({
  // Bodies stay out of the content store (src/lib/insight-source.ts reads them from the files when needed).
  loader: withRawDates(glob({ pattern: '**/*.mdx', base: `${contentDir}/insights`, retainBody: false }), DATE_FIELDS),
  schema: ({ image }) =>
    z
      .object({
        title: z
          .string()
          .trim()
          .min(1, 'a title is required')
          .describe(
            "Headline, shown as the page's only h1 and in feeds. Up to 70 characters reads best in search results.",
          ),
        description: z
          .string()
          .trim()
          .min(1, 'a description is required')
          .describe('One or two plain sentences: meta description, cards and feed summaries. 50 to 160 characters.'),
        pubDate: strictDate.describe('Day of publication (YYYY-MM-DD). The insight goes public on that day.'),
        updatedDate: strictDate
          .optional()
          .describe('Day of the last meaningful revision (YYYY-MM-DD), when there is one.'),
        authors: z
          .array(reference('authors'))
          .min(1, 'at least one author is required')
          .describe('Authors, as ids of `authors` entries (file names without extension).'),
        topics: z.array(reference('topics')).default([]).describe('Topics, as ids declared in `topics.json`.'),
        hero: z
          .object({
            src: image().describe('Path of the photo, relative to the MDX file, for example ./photo.jpg.'),
            alt: z
              .string()
              .trim()
              .min(1, 'alt text is required for the hero photo')
              .describe('What the photo shows, for people who cannot see it.'),
            credit: z.string().trim().min(1).optional().describe('Printed beside the photo as "Photo Credit: …".'),
          })
          .optional()
          .describe('Hero photo; the alt text is required, the credit is printed beside the photo.'),
        kind: z
          .enum(['article', 'summary'])
          .default('article')
          .describe('"article" for a full text, "summary" when only an excerpt is published here.'),
        related: z
          .array(reference('insights'))
          .default([])
          .describe('Insights the editor picked to show first under "Related Insights", as their slugs.'),
        otherArticles: z
          .array(
            z.object({
              title: z.string().trim().min(1).describe('Title of the article.'),
              url: z.url().optional().describe('Address of the article, when one is known.'),
            }),
          )
          .default([])
          .describe('"Other Relevant Articles": titles, with an address where one is known.'),
        draft: z.boolean().default(false).describe('Drafts are visible in `astro dev` only.'),
        canonical: z
          .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
          .optional()
          .describe(
            'Absolute URL of the original, only when this insight was first published at another address: the ' +
              'canonical link, og:url, structured data and citation then name that address, and the sitemap leaves ' +
              'the page out. Omit it for insights published here first.',
          ),
      })
      .refine((d) => !d.updatedDate || d.updatedDate.getTime() >= d.pubDate.getTime(), {
        message: 'updatedDate cannot be before pubDate',
        path: ['updatedDate'],
      }),
});

const authors = defineCollection({
  loader: glob({ pattern: '**/*.json', base: `${contentDir}/authors` }),
  schema: z.object({
    name: z.string().trim().min(1, 'a name is required').describe('Full name, or the house byline.'),
    title: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Job title, for example "Research Director at The Futurum Group".'),
    bio: z.array(z.string().trim().min(1)).default([]).describe('Biography, one string per paragraph.'),
    organization: z.boolean().default(false).describe('True for an organisation byline rather than a person.'),
  }),
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.json`),
  schema: z.object({
    name: z.string().trim().min(1).describe('Display name, for example "Cloud". The id is the slug used in addresses.'),
    description: z.string().trim().min(1).optional().describe('What the topic covers; shown on its page when given.'),
  }),
});

export const collections = { insights, authors, topics };
