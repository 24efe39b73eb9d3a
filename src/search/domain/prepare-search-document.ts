// Turns extracted elements and component fields into the texts the index stores. Pure.
import type { SearchElement, SearchElementKind, WeightedText } from './extract-search-elements.js';
import { foldUmlauts, searchableText } from './search-text.js';

export const WEIGHTS = ['A', 'B', 'C', 'D'] as const;
export type Weight = (typeof WEIGHTS)[number];

/** Per weight: the text for the `german` configuration and its umlaut-folded twin for `simple`. */
export type IndexText = Record<Weight, { german: string; simple: string }>;

export interface PreparedElement {
  kind: SearchElementKind;
  label: string;
  method: string | null;
  path: string | null;
  /** Plain text the snippet is cut from. */
  content: string;
  text: IndexText;
}

export interface ComponentText {
  name: string;
  description: string;
  tags: string[];
}

const MAX_CONTENT = 2000;

function indexText(t: WeightedText): IndexText {
  const out = {} as IndexText;
  for (const w of WEIGHTS) {
    const german = searchableText([...new Set(t[w])].join(' '));
    out[w] = { german, simple: foldUmlauts(german).toLowerCase() };
  }
  return out;
}

export function prepareElement(e: SearchElement): PreparedElement {
  const rest = [...e.text.A.filter((a) => a !== e.label), ...e.text.B, ...e.text.C, ...e.text.D];
  const content = [e.label, ...new Set(rest)].join(' · ').slice(0, MAX_CONTENT);
  return { kind: e.kind, label: e.label, method: e.method, path: e.path, content, text: indexText(e.text) };
}

/** The whole document as one weighted text: every element's words under their weight. */
export function documentText(elements: SearchElement[]): IndexText {
  const merged: WeightedText = { A: [], B: [], C: [], D: [] };
  for (const e of elements) for (const w of WEIGHTS) merged[w].push(...e.text[w]);
  return indexText(merged);
}

/** Component name (A), tags (B) and description (C): searchable with every version of the component. */
export function componentText(c: ComponentText): IndexText {
  return indexText({ A: [c.name], B: c.tags, C: [c.description], D: [] });
}

/** Distinct words of an index text for the typo/compound vocabulary. */
export function vocabulary(texts: IndexText[]): string[] {
  const words = new Set<string>();
  for (const t of texts) {
    for (const w of WEIGHTS) for (const word of t[w].simple.split(' ')) if (word.length >= 3 && word.length <= 60) words.add(word);
  }
  return [...words].sort();
}
