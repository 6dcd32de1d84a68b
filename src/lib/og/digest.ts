import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so that equal values always serialise the same way. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

/** The sha256 digest (hex) of everything an image shows and is drawn with: equal inputs, equal digest. */
export function digestOf(inputs: unknown): string {
  return createHash('sha256').update(canonicalJson(inputs)).digest('hex');
}
