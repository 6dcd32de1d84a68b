import { describe, expect, it } from 'vitest';
import { cleanHtml, hasUncleanHtml } from './clean-html';
import { parseHtml, serializeHtml } from './html-tree';

const clean = (html: string) => serializeHtml(cleanHtml(parseHtml(html)));

describe('cleanHtml', () => {
  it('removes scripts, styles, stylesheet links and templates with their content', () => {
    expect(
      clean(
        '<p>a</p><script>alert(1)</script><style>p{color:red}</style><link rel="stylesheet" href="/x.css"><template><p>t</p></template><p>b</p>',
      ),
    ).toBe('<p>a</p><p>b</p>');
  });
  it('removes nested scripts', () => {
    expect(clean('<div><p>x<script type="module">y()</script></p></div>')).toBe('<div><p>x</p></div>');
  });
  it('removes data-astro-* attributes, inline styles and event handlers, keeping the rest', () => {
    expect(
      clean(
        '<figure data-astro-cid-abc123 class="hero" style="color:red"><img src="/a.png" alt="A" data-astro-image="constrained" onerror="x()" loading="lazy"></figure>',
      ),
    ).toBe('<figure class="hero"><img src="/a.png" alt="A" loading="lazy"></figure>');
  });
  it('removes javascript: URLs, however they are spelled', () => {
    expect(clean('<a href=" JavaScript:alert(1)">x</a><a href="java&#x09;script:x">y</a>')).toBe('<a>x</a><a>y</a>');
  });
  it('keeps ordinary data- attributes, ids and links', () => {
    expect(clean('<h2 id="s" data-level="2"><a href="#s">S</a></h2>')).toBe(
      '<h2 id="s" data-level="2"><a href="#s">S</a></h2>',
    );
  });
});

describe('hasUncleanHtml', () => {
  it('finds what cleanHtml removes and nothing else', () => {
    expect(hasUncleanHtml(parseHtml('<p data-astro-cid-x>a</p>'))).toBe(true);
    expect(hasUncleanHtml(parseHtml('<div><script></script></div>'))).toBe(true);
    expect(hasUncleanHtml(parseHtml('<p style="x">a</p>'))).toBe(true);
    expect(hasUncleanHtml(parseHtml('<p id="a" class="b"><a href="https://x.test/">a</a></p>'))).toBe(false);
  });
});
