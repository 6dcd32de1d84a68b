import { describe, expect, it } from 'vitest';
import { checkInsights, formatDiagnostic, rules, summary } from './index.ts';
import { CONTENT, insightFile, mdx, SITE } from './testing.ts';

const context = { siteUrl: SITE, projectDir: '/site', publicDir: '/site/public', exists: () => false };

describe('checkInsights', () => {
  it('runs every rule and the parser over the files, sorted by file and line', () => {
    const files = [
      insightFile('b.mdx', mdx('### Skipped\n\n![](./missing.png)', { title: "'Same title'" })),
      insightFile('a.mdx', mdx('Text {broken', { title: "'Same title'", description: "'Short.'" })),
    ];
    expect(checkInsights(files, context).map((d) => `${d.file.split('/').pop()}:${d.line} ${d.rule}`)).toEqual([
      'a.mdx:2 duplicates',
      'a.mdx:3 description-length',
      'a.mdx:8 parse',
      'b.mdx:2 duplicates',
      'b.mdx:8 heading-levels',
      'b.mdx:10 alt-text',
      'b.mdx:10 images',
    ]);
  });

  it('has one rule per concern, each described', () => {
    expect(rules.map((r) => r.id)).toEqual([
      'alt-text',
      'heading-levels',
      'insight-links',
      'images',
      'duplicates',
      'placeholders',
      'description-length',
      'title-length',
    ]);
    for (const rule of rules) expect(rule.description.length).toBeGreaterThan(40);
    expect(CONTENT).toBe('/site/src/content/insights');
  });
});

describe('formatDiagnostic and summary', () => {
  it('print a finding as file:line:column, then severity, message and rule', () => {
    expect(
      formatDiagnostic({
        file: 'a.mdx',
        line: 3,
        column: 14,
        severity: 'warning',
        rule: 'title-length',
        message: 'long',
      }),
    ).toBe('a.mdx:3:14  warning  long  (title-length)');
    expect(formatDiagnostic({ file: 'a.mdx', line: 1, column: 1, severity: 'error', rule: 'r', message: 'm' })).toBe(
      'a.mdx:1:1  error    m  (r)',
    );
  });

  it('count errors and warnings', () => {
    const d = { file: 'a', line: 1, column: 1, rule: 'r', message: 'm' };
    expect(summary([], 1)).toBe('0 errors, 0 warnings in 1 insight');
    expect(
      summary(
        [
          { ...d, severity: 'error' },
          { ...d, severity: 'warning' },
          { ...d, severity: 'warning' },
        ],
        7,
      ),
    ).toBe('1 error, 2 warnings in 7 insights: fix the errors before publishing');
  });
});
