/**
 * Characters XML 1.0 forbids anywhere in a document: C0 controls other than tab, line feed and carriage return,
 * unpaired surrogates, and the non-characters U+FFFE and U+FFFF. One of them makes a whole feed unreadable.
 */
const FORBIDDEN_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The text without the characters XML cannot carry (see FORBIDDEN_IN_XML). */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '');
}

/**
 * Text made safe for an XML (or HTML) text node or quoted attribute value: forbidden characters dropped and
 * `& < > " '` escaped. `]]>` therefore comes out as `]]&gt;`, which is harmless everywhere.
 */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
