import { describe, expect, it } from 'vitest';
import { ICONS, icon, iconPath, webManifest } from './web-manifest';

describe('icons', () => {
  it('include a PNG favicon, an opaque apple-touch-icon and the manifest’s 192 and 512 pixel icons', () => {
    expect(icon('favicon-48').size).toBe(48);
    expect(icon('apple-touch-icon')).toMatchObject({ size: 180, opaque: true });
    expect(iconPath(icon('icon-512'))).toBe('/icon-512.png');
    expect(() => icon('nope')).toThrow(/No icon named "nope"/);
    expect(new Set(ICONS.map((i) => i.name)).size).toBe(ICONS.length);
    // A maskable icon fills its square and keeps its mark inside the safe circle.
    expect(icon('icon-maskable-512')).toMatchObject({ opaque: true, purpose: 'maskable' });
    expect(icon('icon-maskable-512').scale).toBeLessThanOrEqual(0.8);
  });
});

describe('webManifest', () => {
  it('names the site and lists the icons meant for it', () => {
    const manifest = webManifest({
      name: 'Futurum Research',
      description: 'About.',
      lang: 'en',
      themeColor: '#0a5c8c',
      backgroundColor: '#ffffff',
    });
    expect(manifest).toMatchObject({ name: 'Futurum Research', start_url: '/', theme_color: '#0a5c8c', lang: 'en' });
    expect(manifest['icons']).toEqual([
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
  });
});
