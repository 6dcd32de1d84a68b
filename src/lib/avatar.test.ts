import { describe, expect, it } from 'vitest';
import { hueFor, initials } from './avatar';

describe('initials', () => {
  it('takes the first and last names', () => {
    expect(initials('Timothy Albright')).toBe('TA');
    expect(initials('Jean Paul de la Fontaine')).toBe('JF');
  });
  it('handles one name and non-Latin letters', () => {
    expect(initials('Futurum')).toBe('F');
    expect(initials('Élodie Ørsted')).toBe('ÉØ');
  });
});

describe('hueFor', () => {
  it('is stable and within the colour wheel', () => {
    expect(hueFor('timothy-albright')).toBe(hueFor('timothy-albright'));
    for (const id of ['a', 'tiffani-bova', 'olivier-blanchard', 'x'.repeat(500)]) {
      expect(hueFor(id)).toBeGreaterThanOrEqual(0);
      expect(hueFor(id)).toBeLessThan(360);
    }
  });
});
