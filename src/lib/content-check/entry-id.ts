import { slug } from 'github-slugger';

/**
 * The id Astro's glob loader gives an entry (its address): the frontmatter's `slug` when there is one, otherwise
 * the file's path inside the collection without its extension, each folder name slugged as GitHub does, and a
 * trailing `/index` dropped. `Foo Bar.mdx` → `foo-bar`.
 */
export function entryId(relativePath: string, data: Record<string, unknown> = {}): string {
  if (typeof data['slug'] === 'string' && data['slug']) return data['slug'];
  const withoutExtension = relativePath.replace(/\.[^./\\]+$/, '');
  return withoutExtension
    .split(/[/\\]/)
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
