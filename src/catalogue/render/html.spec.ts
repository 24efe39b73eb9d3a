import { escapeHtml, html, jsonIsland, markedSnippet, SafeHtml } from './html.js';

describe('html templates', () => {
  it('escapes interpolated text, so a description holding <script> stays text', () => {
    const sut = html`<p title="${'"x" onmouseover=1'}">${'<script>alert(1)</script>'}</p>`;
    expect(sut.value).toBe('<p title="&quot;x&quot; onmouseover=1">&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('passes nested templates and arrays through without double escaping', () => {
    const items = ['a&b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
  });

  it('drops null, undefined and false', () => {
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
  });

  it('keeps only <mark> from a search snippet', () => {
    expect(markedSnippet('&lt;img src=x onerror=1&gt; <mark>Antrag</mark>').value).toBe('&lt;img src=x onerror=1&gt; <mark>Antrag</mark>');
    expect(markedSnippet('<mark><script>x</script>').value).toBe('<mark>&lt;script&gt;x&lt;/script&gt;</mark>');
    expect(markedSnippet('</mark>text').value).toBe('&lt;/mark&gt;text');
  });

  it('writes JSON data islands that cannot close their script element', () => {
    const sut = jsonIsland({ d: '</script><script>alert(1)</script>&' });
    expect(sut.value).not.toContain('<');
    expect(JSON.parse(sut.value)).toEqual({ d: '</script><script>alert(1)</script>&' });
  });

  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`&<>"'\``)).toBe('&amp;&lt;&gt;&quot;&#39;&#96;');
    expect(new SafeHtml('<b>').toString()).toBe('<b>');
  });
});
