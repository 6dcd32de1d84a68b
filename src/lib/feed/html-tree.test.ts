import { describe, expect, it } from 'vitest';
import { eachElement, getAttr, parseHtml, removeElements, serializeHtml } from './html-tree';

const roundTrip = (html: string) => serializeHtml(parseHtml(html));

describe('parseHtml and serializeHtml', () => {
  it('round-trips ordinary article HTML', () => {
    const html = '<h2 id="a-b">A &amp; B</h2><p>Text with <a href="https://x.test/?a=1&amp;b=2">a link</a>.</p>';
    expect(roundTrip(html)).toBe(html);
  });
  it('writes void elements without an end tag and keeps attribute order', () => {
    expect(roundTrip('<p>a<br>b<img src="/x.png" alt="X" width="2"></p>')).toBe(
      '<p>a<br>b<img src="/x.png" alt="X" width="2"></p>',
    );
  });
  it('escapes quotes, angle brackets and ampersands in attributes and text', () => {
    expect(roundTrip(`<a title='say "hi" &lt;now&gt;' href="/a?x=1&y=2">1 &lt; 2 &amp;&amp; 3 &gt; 2</a>`)).toBe(
      '<a title="say &quot;hi&quot; &lt;now&gt;" href="/a?x=1&amp;y=2">1 &lt; 2 &amp;&amp; 3 &gt; 2</a>',
    );
  });
  it('keeps backslashes, emoji and right-to-left text', () => {
    expect(roundTrip('<p title="C:\\dir">🎉 שלום \\n</p>')).toBe('<p title="C:\\dir">🎉 שלום \\n</p>');
  });
  it('drops comments and keeps the whitespace of preformatted text', () => {
    expect(roundTrip('<pre>  a\n  <span>b</span>\n</pre><!-- note -->')).toBe('<pre>  a\n  <span>b</span>\n</pre>');
  });
  it('keeps the case of SVG tag and attribute names', () => {
    expect(roundTrip('<svg viewBox="0 0 1 1"><linearGradient id="g"></linearGradient></svg>')).toBe(
      '<svg viewBox="0 0 1 1"><linearGradient id="g"></linearGradient></svg>',
    );
  });
});

describe('tree helpers', () => {
  it('visits every element, parents first', () => {
    const tags: string[] = [];
    eachElement(parseHtml('<div><p><em>x</em></p><hr></div>'), (el) => tags.push(el.tag));
    expect(tags).toEqual(['div', 'p', 'em', 'hr']);
  });
  it('removes elements at any depth with their content', () => {
    const nodes = removeElements(parseHtml('<div><p>keep<script>x()</script></p></div>'), (el) => el.tag === 'script');
    expect(serializeHtml(nodes)).toBe('<div><p>keep</p></div>');
  });
  it('reads an attribute without regard to case', () => {
    const [el] = parseHtml('<a HREF="/x">x</a>');
    expect(el?.type === 'element' && getAttr(el, 'href')).toBe('/x');
  });
});
