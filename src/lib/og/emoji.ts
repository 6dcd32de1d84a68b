/**
 * The Twemoji file name of an emoji grapheme, as Twemoji names its images: the code points in lower-case hex
 * joined by "-", without the U+FE0F variation selector unless the sequence has a zero-width joiner.
 * "🚀" → "1f680", "❤️" → "2764", "👩‍💻" → "1f469-200d-1f4bb".
 */
export function twemojiName(grapheme: string): string {
  const text = grapheme.includes('\u200d') ? grapheme : grapheme.replace(/\ufe0f/g, '');
  return Array.from(text)
    .map((ch) => (ch.codePointAt(0) ?? 0).toString(16))
    .join('-');
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The grapheme clusters of a text (an emoji with modifiers or joiners is one grapheme). */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Whether a grapheme is drawn as an emoji picture rather than with a font. */
export function isEmoji(grapheme: string): boolean {
  return /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u.test(grapheme);
}
