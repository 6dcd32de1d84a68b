/**
 * The components an insight's MDX can use. Import them at the top of the MDX file (after the frontmatter):
 *
 *   import { Callout, Chart, Figure, KeyFigures, PullQuote } from '/src/components/mdx/index.ts';
 *
 * Each is documented with an example in CONTRIBUTING.md.
 */
export { default as Callout } from './Callout.astro';
export { default as Chart } from './Chart.astro';
export { default as Figure } from './Figure.astro';
export { default as KeyFigures } from './KeyFigures.astro';
export { default as PullQuote } from './PullQuote.astro';
