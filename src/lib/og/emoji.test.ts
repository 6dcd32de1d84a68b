import { describe, expect, it } from 'vitest';
import { graphemes, isEmoji, twemojiName } from './emoji';

describe('twemojiName', () => {
  it('names an emoji by its code points, as Twemoji names its files', () => {
    expect(twemojiName('🚀')).toBe('1f680');
    expect(twemojiName('👍🏽')).toBe('1f44d-1f3fd');
    expect(twemojiName('🇯🇵')).toBe('1f1ef-1f1f5');
  });
  it('drops the emoji variation selector, except in joined sequences', () => {
    expect(twemojiName('❤️')).toBe('2764');
    expect(twemojiName('❤️‍🔥')).toBe('2764-fe0f-200d-1f525');
    expect(twemojiName('👩‍💻')).toBe('1f469-200d-1f4bb');
  });
});

describe('graphemes and isEmoji', () => {
  it('keeps joined emoji whole and tells them from letters', () => {
    const parts = graphemes('A👩‍💻é');
    expect(parts).toEqual(['A', '👩‍💻', 'é']);
    expect(parts.map(isEmoji)).toEqual([false, true, false]);
  });
});
