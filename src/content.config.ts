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

const insights = defineCollection({
  loader: withRawDates(glob({ pattern: '**/*.mdx', base: `${contentDir}/insights` }), DATE_FIELDS),
  schema: ({ image }) =>
    z
      .object({
        /** Headline, shown as the page's only h1 and in feeds. */
        title: z.string().trim().min(1, 'a title is required'),
        /** One or two plain sentences: meta description, cards and feed summaries. */
        description: z.string().trim().min(1, 'a description is required'),
        /** Day of publication (YYYY-MM-DD). The insight goes public on that day. */
        pubDate: strictDate,
        /** Day of the last meaningful revision, when there is one. */
        updatedDate: strictDate.optional(),
        /** Authors, as ids of `authors` entries (file names without extension). */
        authors: z.array(reference('authors')).min(1, 'at least one author is required'),
        /** Topics, as ids declared in `topics.json`. */
        topics: z.array(reference('topics')).default([]),
        /** Hero photo; the alt text is required, the credit is printed beside the photo. */
        hero: z
          .object({
            src: image(),
            alt: z.string().trim().min(1, 'alt text is required for the hero photo'),
            credit: z.string().trim().min(1).optional(),
          })
          .optional(),
        /** "article" for a full text, "summary" when only an excerpt is published here. */
        kind: z.enum(['article', 'summary']).default('article'),
        /** Insights the editor picked to show first under "Related Insights". */
        related: z.array(reference('insights')).default([]),
        /** "Other Relevant Articles": titles, with an address where one is known. */
        otherArticles: z.array(z.object({ title: z.string().trim().min(1), url: z.url().optional() })).default([]),
        /** Drafts are visible in `astro dev` only. */
        draft: z.boolean().default(false),
      })
      .refine((d) => !d.updatedDate || d.updatedDate.getTime() >= d.pubDate.getTime(), {
        message: 'updatedDate cannot be before pubDate',
        path: ['updatedDate'],
      }),
});

const authors = defineCollection({
  loader: glob({ pattern: '**/*.json', base: `${contentDir}/authors` }),
  schema: z.object({
    /** Full name, or the house byline. */
    name: z.string().trim().min(1, 'a name is required'),
    /** Job title, for example "Research Director at The Futurum Group". */
    title: z.string().trim().min(1).optional(),
    /** Biography, one string per paragraph. */
    bio: z.array(z.string().trim().min(1)).default([]),
    /** True for an organisation byline rather than a person. */
    organization: z.boolean().default(false),
  }),
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.json`),
  schema: z.object({
    /** Display name, for example "Cloud". The id is the slug used in addresses. */
    name: z.string().trim().min(1),
    /** What the topic covers; shown on its page when given. */
    description: z.string().trim().min(1).optional(),
  }),
});

export const collections = { insights, authors, topics };
