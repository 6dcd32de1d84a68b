import { describe, expect, it } from 'vitest';
import { escapeXml, xmlSafe } from './xml';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });
  it('defuses a CDATA end marker', () => {
    expect(escapeXml('x ]]> y')).toBe('x ]]&gt; y');
  });
  it('keeps emoji, right-to-left text, tabs and new lines', () => {
    expect(escapeXml('🎉 שלום עולם\tok\r\n')).toBe('🎉 שלום עולם\tok\r\n');
  });
  it('escapes an existing entity again, since the input is text, not markup', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('xmlSafe', () => {
  it('drops control characters XML forbids', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000Be\u001Ff')).toBe('abcdef');
  });
  it('drops U+FFFE, U+FFFF and unpaired surrogates but keeps paired ones', () => {
    expect(xmlSafe('a\uFFFEb\uFFFFc')).toBe('abc');
    expect(xmlSafe('x\uD83Dy\uDE00z')).toBe('xyz');
    expect(xmlSafe('\uD83D\uDE00')).toBe('😀');
  });
});
