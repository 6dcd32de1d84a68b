import { describe, expect, it } from 'vitest';
import { lastModified, newestModified } from './last-modified';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('lastModified', () => {
  it('is the updated date when there is one', () => {
    expect(lastModified({ pubDate: d('2019-05-17'), updatedDate: d('2020-01-02') })).toEqual(d('2020-01-02'));
  });
  it('is the publication date otherwise', () =>
    expect(lastModified({ pubDate: d('2019-05-17') })).toEqual(d('2019-05-17')));
});

describe('newestModified', () => {
  it('takes the newest of publication and update dates across entries', () => {
    const entries = [{ pubDate: d('2026-02-05') }, { pubDate: d('2019-05-17'), updatedDate: d('2026-03-01') }];
    expect(newestModified(entries)).toEqual(d('2026-03-01'));
  });
  it('is undefined for no entries', () => expect(newestModified([])).toBeUndefined());
});
