/**
 * The series colours. On the page each series takes its colour from a design token (src/styles/tokens.css), so
 * that it keeps its contrast in the light and the dark colour scheme; the standalone SVG file (feeds) has no
 * stylesheet and uses the light scheme's values, written here. chart/palette.test.ts checks that they match.
 */
export const SERIES_TOKENS = ['--color-accent', '--color-focus', '--color-success', '--color-muted'] as const;

/** The light scheme's value of each token in SERIES_TOKENS, in the same order. */
export const SERIES_COLORS = ['#0a5c8c', '#b3490c', '#1d6b35', '#4a5561'] as const;

/** Light-scheme values for the chart's furniture (tokens --color-bg, --color-text, --color-muted, --color-border). */
export const INK = { background: '#ffffff', text: '#1b1f24', muted: '#4a5561', grid: '#d5dbe1' } as const;

/** Line styles, so that series differ by more than colour. */
export const SERIES_DASHES = ['', '7 4', '2 4', '10 4 2 4'] as const;
