import { describe, expect, it } from 'vitest';
import { localDay, PLACEHOLDERS, planNewInsight, type KnownContent } from './new-insight.ts';

const known: KnownContent = {
  authors: [
    { id: 'jane-doe', name: 'Jane Doe' },
    { id: 'house', name: 'The House', organization: true },
  ],
  topics: [
    { id: 'cloud', name: 'Cloud' },
    { id: 'ai', name: 'AI' },
  ],
  insights: [{ id: 'existing-insight', title: 'Existing Insight' }],
};

const plan = (request: Partial<Parameters<typeof planNewInsight>[0]>, content = known) =>
  planNewInsight({ title: 'A New Insight', authors: [], topics: [], today: '2026-02-05', ...request }, content);

describe('planNewInsight', () => {
  it('writes a draft with today’s date, the slug of the title and the given authors, topics and summary', () => {
    const result = plan({
      title: "  Cisco's  Pivot: What It Means ",
      authors: ['jane-doe'],
      topics: ['cloud', 'ai'],
      summary: 'A summary that says what the insight is about, in one sentence.',
    });
    expect(result).toEqual({
      ok: true,
      slug: 'ciscos-pivot-what-it-means',
      source: expect.stringContaining(
        [
          '---',
          "title: 'Cisco''s Pivot: What It Means'",
          "description: 'A summary that says what the insight is about, in one sentence.'",
          'pubDate: 2026-02-05',
          'authors:\n  - jane-doe',
          'topics:\n  - cloud\n  - ai',
        ].join('\n'),
      ),
    });
    expect(result.ok && result.source).toContain('\ndraft: true\n---\n');
    expect(result.ok && result.source).toContain(PLACEHOLDERS.body);
  });

  it('uses the house byline when no author is given, a placeholder description and no topics', () => {
    const result = plan({});
    expect(result.ok && result.source).toContain('authors:\n  - house\ntopics: []\n');
    expect(result.ok && result.source).toContain(`description: '${PLACEHOLDERS.description}'`);
  });

  it('asks for an author when there is no single house byline', () => {
    const result = plan({}, { ...known, authors: [{ id: 'jane-doe', name: 'Jane Doe' }] });
    expect(result).toEqual({
      ok: false,
      error: 'Name the author with --author <id>. Known authors:\n  jane-doe  (Jane Doe)',
    });
  });

  it('refuses an unknown author, listing the known ones', () => {
    const result = plan({ authors: ['john'] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(
      'Unknown author: john. Known authors:\n  jane-doe  (Jane Doe)\n  house  (The House)',
    );
  });

  it('refuses unknown topics, listing the known ones', () => {
    const result = plan({ topics: ['cloud', 'gaming', 'space'] });
    expect(!result.ok && result.error).toContain(
      'Unknown topics: gaming, space. Known topics:\n  cloud  (Cloud)\n  ai  (AI)',
    );
  });

  it('refuses a title whose address is taken, and a title already used', () => {
    expect(plan({ title: 'Existing insight!' })).toEqual({
      ok: false,
      error:
        'An insight already has the address /insights/existing-insight/ ("Existing Insight"). Choose another title.',
    });
    const sameTitle = plan({}, { ...known, insights: [{ id: 'other-address', title: 'a new insight' }] });
    expect(!sameTitle.ok && sameTitle.error).toContain('already has the title');
  });

  it('refuses an empty title and a title with nothing to make an address from', () => {
    expect(plan({ title: '  ' }).ok).toBe(false);
    expect(!plan({ title: '!!!' }).ok && (plan({ title: '!!!' }) as { error: string }).error).toContain('no letters');
  });
});

describe('localDay', () => {
  it('is the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});
