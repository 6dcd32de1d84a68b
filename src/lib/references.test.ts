import { describe, expect, it } from 'vitest';
import { danglingReferences } from './references';

const known = { authors: new Set(['jane-doe', 'tim']), insights: new Set(['a']) };

describe('danglingReferences', () => {
  it('accepts references to existing entries', () => {
    expect(
      danglingReferences([{ file: 'x.mdx', field: 'authors[0]', collection: 'authors', id: 'tim' }], known),
    ).toEqual([]);
  });
  it('names the file, the field, the missing id and the known ids', () => {
    const [message] = danglingReferences(
      [{ file: 'insights/x.mdx', field: 'related[2]', collection: 'insights', id: 'gone' }],
      known,
    );
    expect(message).toBe('insights/x.mdx: related[2] references "gone", which is not in insights. Known insights: a.');
  });
  it('reports every dangling reference, including to an unknown collection', () => {
    const refs = [
      { file: 'a.mdx', field: 'authors[0]', collection: 'authors', id: 'nobody' },
      { file: 'a.mdx', field: 'topics[0]', collection: 'topics', id: 'x' },
    ];
    expect(danglingReferences(refs, known)).toHaveLength(2);
  });
});
