import { describe, expect, it } from 'vitest';
import { canonicalJson, digestOf } from './digest';

describe('canonicalJson', () => {
  it('sorts object keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,1]},"b":1}');
  });
  it('writes dates as ISO strings and drops undefined fields', () => {
    expect(canonicalJson({ at: new Date('2024-03-01T00:00:00Z'), gone: undefined })).toBe(
      '{"at":"2024-03-01T00:00:00.000Z"}',
    );
  });
});

describe('digestOf', () => {
  it('is a sha256 hex digest that ignores key order', () => {
    const digest = digestOf({ title: 'A', topic: 'Cloud' });
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digestOf({ topic: 'Cloud', title: 'A' })).toBe(digest);
  });
  it('changes with any input, including nested versions', () => {
    const base = { card: { title: 'A' }, packages: { satori: '0.63.2' } };
    expect(digestOf({ ...base, card: { title: 'B' } })).not.toBe(digestOf(base));
    expect(digestOf({ ...base, packages: { satori: '0.64.0' } })).not.toBe(digestOf(base));
  });
});
