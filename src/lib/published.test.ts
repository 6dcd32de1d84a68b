import { describe, expect, it } from 'vitest';
import { isPublished, unpublishedReason } from './published';

const now = new Date('2026-11-26T12:00:00Z');
const past = new Date('2026-11-01T00:00:00Z');
const future = new Date('2026-12-01T00:00:00Z');

describe('isPublished', () => {
  it('publishes a past, non-draft insight', () => {
    expect(isPublished({ draft: false, pubDate: past }, { now, preview: false })).toBe(true);
  });
  it('publishes an insight dated exactly now', () => {
    expect(isPublished({ draft: false, pubDate: now }, { now, preview: false })).toBe(true);
  });
  it('never publishes a draft in production', () => {
    expect(isPublished({ draft: true, pubDate: past }, { now, preview: false })).toBe(false);
  });
  it('holds a scheduled insight until its date', () => {
    expect(isPublished({ draft: false, pubDate: future }, { now, preview: false })).toBe(false);
    expect(isPublished({ draft: false, pubDate: future }, { now: future, preview: false })).toBe(true);
  });
  it('shows drafts and scheduled insights in preview', () => {
    expect(isPublished({ draft: true, pubDate: future }, { now, preview: true })).toBe(true);
  });
});

describe('unpublishedReason', () => {
  it('names drafts first, then scheduled insights', () => {
    expect(unpublishedReason({ draft: true, pubDate: future }, now)).toBe('draft');
    expect(unpublishedReason({ draft: false, pubDate: future }, now)).toBe('scheduled');
    expect(unpublishedReason({ draft: false, pubDate: past }, now)).toBeUndefined();
  });
});
