import { describe, expect, it } from 'vitest';
import { breadcrumbList, jsonLd } from './json-ld';

describe('jsonLd', () => {
  it('cannot be broken out of by a hostile string, and parses back to the same value', () => {
    const data = { headline: 'A </script><script>alert(1)</script> & "quotes" <!-- \u2028' };
    const out = jsonLd(data);
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});

describe('breadcrumbList', () => {
  it('numbers the items from 1, home first', () => {
    const list = breadcrumbList([
      { name: 'Home', url: 'https://x.test/' },
      { name: 'Insights', url: 'https://x.test/insights/' },
    ]);
    expect(list['@type']).toBe('BreadcrumbList');
    expect(list['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.test/' },
      { '@type': 'ListItem', position: 2, name: 'Insights', item: 'https://x.test/insights/' },
    ]);
  });
});
