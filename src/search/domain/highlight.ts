// Snippets with the matched words marked. Pure; the terms come from the expanded query.

export const MARK_OPEN = '<mark>';
export const MARK_CLOSE = '</mark>';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const fold = (s: string): string => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');

export interface HighlightTerms {
  /** Whole words (query words and their typo/compound expansions), lower-case and folded. */
  words: string[];
  /** Word stems (german configuration): a word starting with a stem counts as a match. */
  stems: string[];
}

function matches(word: string, terms: HighlightTerms): boolean {
  const w = fold(word);
  // The german stemmer drops umlaut dots (Anträge → antrag), so compare stems against that spelling too.
  const undotted = word.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
  if (terms.words.some((t) => w === t || (t.length >= 4 && w.includes(t)))) return true;
  return terms.stems.some((s) => s.length >= 4 && (undotted.startsWith(s) || w.startsWith(s)));
}

/**
 * HTML-escaped snippet of at most `width` characters around the first match, matched words wrapped in
 * <mark>. Returns null when nothing in the text matches.
 */
export function highlight(text: string, terms: HighlightTerms, width = 160): string | null {
  const tokens = text.split(/([\p{L}\p{N}]+)/u);
  let first = -1;
  let offset = 0;
  const marked: boolean[] = tokens.map((t, i) => {
    const hit = i % 2 === 1 && matches(t, terms);
    if (hit && first < 0) first = offset;
    offset += t.length;
    return hit;
  });
  if (first < 0) return null;
  const start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  const end = Math.min(text.length, start + width);
  let out = '';
  offset = 0;
  tokens.forEach((t, i) => {
    const from = Math.max(offset, start);
    const to = Math.min(offset + t.length, end);
    if (to > from) {
      const piece = escapeHtml(t.slice(from - offset, to - offset));
      out += marked[i] && from === offset && to === offset + t.length ? `${MARK_OPEN}${piece}${MARK_CLOSE}` : piece;
    }
    offset += t.length;
  });
  return `${start > 0 ? '…' : ''}${out.trim()}${end < text.length ? '…' : ''}`;
}
