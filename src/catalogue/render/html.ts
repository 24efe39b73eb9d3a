// Escaping HTML templates. Every interpolated value is escaped unless it is already SafeHtml, so a
// contract description holding `<script>` is shown as text. Hand-written (about 30 lines) because the
// pages are plain functions and a template engine would add a second escaping model to review.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\`` escapes `text`; nested `html` results and arrays of them pass through. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Marks trusted markup (our own constants) as safe. Never call it with user or document text. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * Search snippets arrive from search/domain/highlight.ts already escaped with <mark> around matches.
 * Re-derive them: escape everything, then restore only the exact `&lt;mark&gt;` pairs, so whatever the
 * snippet holds, only <mark> can become markup.
 */
export function markedSnippet(snippet: string): SafeHtml {
  const unescaped = snippet.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] as string);
  const parts = unescaped.split(/(<mark>|<\/mark>)/);
  let open = false;
  let out = '';
  for (const part of parts) {
    if (part === '<mark>' && !open) { out += '<mark>'; open = true; }
    else if (part === '</mark>' && open) { out += '</mark>'; open = false; }
    else out += escapeHtml(part);
  }
  return new SafeHtml(open ? `${out}</mark>` : out);
}

/** JSON for a `<script type="application/json">` data island: no `<`, so no `</script>` breakout. */
export function jsonIsland(value: unknown): SafeHtml {
  return new SafeHtml(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
}
