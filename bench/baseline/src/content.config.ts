import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const insights = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${process.env.CONTENT_DIR}/insights` }),
  schema: z.looseObject({ title: z.string(), description: z.string(), pubDate: z.coerce.date() }),
});

export const collections = { insights };
