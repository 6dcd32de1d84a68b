import { describe, expect, test } from 'vitest';
import { joinNames, joinNamesToParts } from './names';

describe('joinNames', () => {
  test('joins one, two and three names as a sentence does', () => {
    expect(joinNames(['Ana'])).toBe('Ana');
    expect(joinNames(['Ana', 'Ben'])).toBe('Ana and Ben');
    expect(joinNames(['Ana', 'Ben', 'Chloé'])).toBe('Ana, Ben, and Chloé');
  });

  test('gives the names and separators as parts', () => {
    expect(joinNamesToParts(['a', 'b'])).toEqual([
      { type: 'element', value: 'a' },
      { type: 'literal', value: ' and ' },
      { type: 'element', value: 'b' },
    ]);
  });
});
