/** The site's icons, all drawn from one source (src/assets/brand/icon.svg), and the web app manifest. */

export interface IconSpec {
  /** File name without ".png", at the site root. */
  name: string;
  /** Edge length in pixels. */
  size: number;
  /**
   * Filled edge to edge with the icon's background colour: Apple draws transparent corners black, and a
   * maskable icon must fill its whole square (the mark stays inside the 80% safe circle).
   */
  opaque?: boolean;
  /**
   * The icon's share of the square, centred on its background colour: a maskable icon keeps its mark inside the
   * circle of 80% that every platform's mask leaves visible. 1 when absent.
   */
  scale?: number;
  /** Listed in the web manifest with this purpose; not listed when absent. */
  purpose?: 'any' | 'maskable';
}

export const ICONS: readonly IconSpec[] = [
  // The PNG favicon, for browsers without SVG favicons; 48 pixels is the size search engines ask for.
  { name: 'favicon-48', size: 48 },
  { name: 'apple-touch-icon', size: 180, opaque: true },
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'icon-maskable-512', size: 512, opaque: true, scale: 0.8, purpose: 'maskable' },
];

export const iconPath = (icon: IconSpec): string => `/${icon.name}.png`;

/** The icon with this name; throws for an unknown name, so a typo fails the build. */
export function icon(name: string): IconSpec {
  const found = ICONS.find((i) => i.name === name);
  if (!found) throw new Error(`No icon named "${name}"`);
  return found;
}

export interface ManifestInput {
  name: string;
  description: string;
  lang: string;
  /** The icon's background colour, for the browser's toolbar and splash screen. */
  themeColor: string;
  backgroundColor: string;
}

/** The web app manifest (`/manifest.webmanifest`). */
export function webManifest(input: ManifestInput): Record<string, unknown> {
  return {
    name: input.name,
    short_name: input.name,
    description: input.description,
    lang: input.lang,
    start_url: '/',
    scope: '/',
    display: 'browser',
    theme_color: input.themeColor,
    background_color: input.backgroundColor,
    icons: ICONS.filter((i) => i.purpose).map((i) => ({
      src: iconPath(i),
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.purpose,
    })),
  };
}
