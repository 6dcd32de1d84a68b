/**
 * The frontmatter reference for editors (docs/frontmatter.md) and the editors' JSON schemas (docs/schemas/),
 * generated from the JSON schemas Astro writes for the content collections (.astro/collections/, from the zod
 * schemas in src/content.config.ts and their `.describe()` texts). scripts/docs-frontmatter.ts writes them;
 * tests/docs/ fails when the committed files differ from a fresh generation.
 */

/** The part of JSON Schema that zod's `toJSONSchema` writes for the content schemas. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  default?: unknown;
  minLength?: number;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

export type CollectionName = 'insights' | 'authors' | 'topics';

/** Astro's JSON schema for `reference()`: an id (number or string) or an `{ id | slug, collection }` object. */
function isReference(schema: JsonSchema): boolean {
  return (
    schema.anyOf !== undefined &&
    schema.anyOf.some((s) => s.type === 'object' && s.required?.includes('collection')) &&
    schema.anyOf.some((s) => s.type === 'string')
  );
}

/** A strict date, which Astro's schema gives as "string or date-time string". */
function isDate(schema: JsonSchema): boolean {
  return (
    schema.anyOf !== undefined &&
    schema.anyOf.length === 2 &&
    schema.anyOf.every((s) => s.type === 'string') &&
    schema.anyOf.some((s) => s.format === 'date-time')
  );
}

/** A day (2026-02-05) or an RFC 3339 time, as src/lib/dates.ts accepts. */
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$';

const withDescription = (schema: JsonSchema, description: string | undefined): JsonSchema =>
  description === undefined ? schema : { description, ...schema };

/**
 * The schema as editors need it: a reference is an id (text), a date is text shaped like a date. Everything else
 * is Astro's, unchanged.
 */
function simplify(schema: JsonSchema): JsonSchema {
  if (isReference(schema)) return withDescription({ type: 'string', minLength: 1 }, schema.description);
  if (isDate(schema)) return withDescription({ type: 'string', pattern: DATE_PATTERN }, schema.description);
  const out: JsonSchema = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, simplify(v)]));
  }
  if (schema.items) out.items = simplify(schema.items);
  if (schema.anyOf) out.anyOf = schema.anyOf.map(simplify);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    out.additionalProperties = simplify(schema.additionalProperties);
  }
  return out;
}

const TOPIC_ID: JsonSchema = {
  description: 'The topic’s slug, used in addresses (/topics/<id>/) and in insights’ `topics` lists.',
  type: 'string',
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
};

/** The editors' schema of a collection, from the one Astro generated. */
export function editorSchema(collection: CollectionName, astroSchema: JsonSchema): JsonSchema {
  const titles: Record<CollectionName, string> = {
    insights: 'Frontmatter of an insight (src/content/insights/<slug>.mdx)',
    authors: 'An author (src/content/authors/<id>.json)',
    topics: 'The topics (src/content/topics.json)',
  };
  const schema = simplify(astroSchema);
  if (collection === 'topics') {
    // topics.json is a list of entries, each with its id (the file loader reads it; the item schema omits it).
    const list = schema.anyOf?.find((s) => s.type === 'array');
    if (list?.items) {
      list.items = {
        ...list.items,
        properties: { id: TOPIC_ID, ...list.items.properties },
        required: ['id', ...(list.items.required ?? [])],
      };
    }
  }
  const { $schema, ...rest } = schema;
  return { $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema', title: titles[collection], ...rest };
}

/** One documented field: its dotted name, and its schema. */
interface Field {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** Every field of an object schema, nested fields after their parent (`hero`, `hero.src`, `otherArticles[].title`). */
function fieldsOf(schema: JsonSchema, prefix = ''): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== '$schema')
    .flatMap(([name, field]) => {
      const full = `${prefix}${name}`;
      const own: Field = { name: full, schema: field, required: required.has(name) };
      if (field.type === 'object') return [own, ...fieldsOf(field, `${full}.`)];
      if (field.type === 'array' && field.items?.type === 'object')
        return [own, ...fieldsOf(field.items, `${full}[].`)];
      return [own];
    });
}

/** The fields (at any depth) that have no description: the generator refuses to document them silently. */
export function undocumentedFields(schema: JsonSchema): string[] {
  const object = schema.anyOf?.find((s) => s.type === 'array')?.items ?? schema;
  return fieldsOf(object)
    .filter((f) => !f.schema.description)
    .map((f) => f.name);
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** The type of a field in words. */
function typeOf(schema: JsonSchema): string {
  if (isReference(schema)) return 'id';
  if (isDate(schema) || schema.pattern === DATE_PATTERN) return 'date, `YYYY-MM-DD`';
  if (schema.enum) return schema.enum.map(code).join(' or ');
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uri') return 'URL';
      return schema.minLength ? 'text (not empty)' : 'text';
    case 'boolean':
      return '`true` or `false`';
    case 'number':
    case 'integer':
      return 'number';
    case 'object':
      return 'group of the fields below';
    case 'array': {
      const item = schema.items ? typeOf(schema.items) : 'anything';
      const min = schema.minItems ? `, at least ${schema.minItems}` : '';
      if (schema.items?.type === 'object') return `list of groups of the fields below${min}`;
      return `list of ${item === 'id' ? 'ids' : item}${min}`;
    }
    default:
      return 'see the description';
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(fields: Field[]): string {
  const rows = fields.map((f) => {
    const required = f.required
      ? 'required'
      : f.schema.default !== undefined
        ? `default ${code(f.schema.default)}`
        : 'optional';
    return `| ${code(f.name)} | ${cell(typeOf(f.schema))} | ${required} | ${cell(f.schema.description ?? '')} |`;
  });
  return ['| Field | Type | Required | What it is |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** docs/frontmatter.md: the reference of every field of every collection, from the collections' schemas. */
export function frontmatterMarkdown(schemas: Record<CollectionName, JsonSchema>): string {
  const topicItem = schemas.topics.anyOf?.find((s) => s.type === 'array')?.items ?? schemas.topics;
  return [
    '# Frontmatter reference',
    '',
    '<!-- Generated by `npm run docs:frontmatter` from the content schema in src/content.config.ts: do not edit by',
    "hand. To change a field's text, change its `.describe()` there and run the script again. -->",
    '',
    'Every field an insight, an author or a topic can have, generated from the schema the build validates content',
    'against, so it always says what the build accepts. How to write an insight, an author or a topic:',
    '[CONTRIBUTING.md](../CONTRIBUTING.md). In VS Code with the Astro extension, the editor completes and checks',
    'these fields as you type (see "Editor support" there); the JSON schemas are in [schemas/](schemas/).',
    '',
    '## Insights',
    '',
    'The frontmatter of `src/content/insights/<slug>.mdx`: YAML between two `---` lines at the top of the file.',
    'Write dates as `YYYY-MM-DD`, and lists either as `[a, b]` or one `- item` per line.',
    '',
    table(fieldsOf(schemas.insights)),
    '',
    '## Authors',
    '',
    'One JSON file per author: `src/content/authors/<id>.json`. The file name (without `.json`) is the id that',
    'insights list under `authors`.',
    '',
    table(fieldsOf(schemas.authors)),
    '',
    '## Topics',
    '',
    'All topics are declared in one JSON file, `src/content/topics.json`: a list of objects, each with its `id`.',
    '',
    table(fieldsOf(editorSchema('topics', schemas.topics).anyOf?.find((s) => s.type === 'array')?.items ?? topicItem)),
    '',
  ].join('\n');
}
