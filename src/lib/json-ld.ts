/**
 * Serialises structured data for a `<script type="application/ld+json">` element. `<`, `>` and `&`
 * are escaped as JSON unicode escapes, so that a title containing `</script>` or `<!--` cannot end
 * or alter the element, while the JSON value stays exactly the same.
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface BreadcrumbItem {
  name: string;
  /** Absolute URL of the crumb. */
  url: string;
}

/** A schema.org BreadcrumbList for a trail of absolute URLs, home first. */
export function breadcrumbList(items: readonly BreadcrumbItem[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}
