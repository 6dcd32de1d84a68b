import { describe, expect, it } from 'vitest';
import {
  DATE_PATTERN,
  editorSchema,
  frontmatterMarkdown,
  undocumentedFields,
  type JsonSchema,
} from './frontmatter-docs';

/** What Astro writes for `reference('authors')` and for a strict date (string or date). */
const reference: JsonSchema = {
  anyOf: [
    { type: 'number' },
    { type: 'string' },
    {
      type: 'object',
      properties: { id: { type: 'string' }, collection: { type: 'string' } },
      required: ['id', 'collection'],
    },
  ],
};
const date: JsonSchema = { anyOf: [{ type: 'string' }, { type: 'string', format: 'date-time' }] };

const insights: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    title: { type: 'string', minLength: 1, description: 'Headline | shown first.' },
    pubDate: { ...date, description: 'Day of publication.' },
    authors: { type: 'array', minItems: 1, items: reference, description: 'Authors, as ids.' },
    hero: {
      type: 'object',
      description: 'Hero photo.',
      properties: { alt: { type: 'string', minLength: 1, description: 'What it shows.' } },
      required: ['alt'],
    },
    links: {
      type: 'array',
      default: [],
      description: 'Links.',
      items: { type: 'object', properties: { url: { type: 'string', format: 'uri', description: 'Address.' } } },
    },
    kind: { type: 'string', enum: ['article', 'summary'], default: 'article', description: 'Kind.' },
    draft: { type: 'boolean', default: false, description: 'Draft.' },
    $schema: { type: 'string' },
  },
  required: ['title', 'pubDate', 'authors'],
};
const authors: JsonSchema = { type: 'object', properties: { name: { type: 'string', description: 'Name.' } } };
const topics: JsonSchema = {
  anyOf: [
    {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string', description: 'Name.' } }, required: ['name'] },
    },
    { type: 'object', properties: { $schema: { type: 'string' } } },
  ],
};

describe('editorSchema', () => {
  it('makes references plain ids and dates text shaped like a date, keeping the descriptions', () => {
    const schema = editorSchema('insights', insights);
    expect(schema.title).toBe('Frontmatter of an insight (src/content/insights/<slug>.mdx)');
    expect(schema.properties?.['authors']?.items).toEqual({ type: 'string', minLength: 1 });
    expect(schema.properties?.['pubDate']).toEqual({
      description: 'Day of publication.',
      type: 'string',
      pattern: DATE_PATTERN,
    });
    expect(schema.properties?.['hero']).toEqual(insights.properties?.['hero']);
    expect(new RegExp(DATE_PATTERN).test('2026-02-05')).toBe(true);
    expect(new RegExp(DATE_PATTERN).test('2026-02-05T10:00:00Z')).toBe(true);
    expect(new RegExp(DATE_PATTERN).test('5 February 2026')).toBe(false);
  });

  it('requires the id of each topic in topics.json', () => {
    const items = editorSchema('topics', topics).anyOf?.[0]?.items;
    expect(items?.required).toEqual(['id', 'name']);
    expect(Object.keys(items?.properties ?? {})).toEqual(['id', 'name']);
  });
});

describe('undocumentedFields', () => {
  it('lists the fields, at any depth, without a description', () => {
    expect(undocumentedFields(insights)).toEqual([]);
    const missing = structuredClone(insights);
    delete missing.properties!['hero']!.properties!['alt']!.description;
    delete missing.properties!['draft']!.description;
    expect(undocumentedFields(missing)).toEqual(['hero.alt', 'draft']);
    expect(undocumentedFields(topics)).toEqual([]);
  });
});

describe('frontmatterMarkdown', () => {
  const markdown = frontmatterMarkdown({ insights, authors, topics });
  it('documents every field with its type, whether it is required, its default and its description', () => {
    expect(markdown).toContain('| `title` | text (not empty) | required | Headline \\| shown first. |');
    expect(markdown).toContain('| `pubDate` | date, `YYYY-MM-DD` | required | Day of publication. |');
    expect(markdown).toContain('| `authors` | list of ids, at least 1 | required | Authors, as ids. |');
    expect(markdown).toContain('| `hero` | group of the fields below | optional | Hero photo. |');
    expect(markdown).toContain('| `hero.alt` | text (not empty) | required | What it shows. |');
    expect(markdown).toContain('| `links` | list of groups of the fields below | default `[]` | Links. |');
    expect(markdown).toContain('| `links[].url` | URL | optional | Address. |');
    expect(markdown).toContain('| `kind` | `article` or `summary` | default `article` | Kind. |');
    expect(markdown).toContain('| `draft` | `true` or `false` | default `false` | Draft. |');
    expect(markdown).not.toContain('$schema');
  });

  it('documents authors and topics, and says it is generated', () => {
    expect(markdown).toContain('| `name` | text | optional | Name. |');
    expect(markdown).toMatch(/## Topics[\s\S]*\| `id` \| text \| required \|/);
    expect(markdown).toContain('Generated by `npm run docs:frontmatter`');
  });
});
