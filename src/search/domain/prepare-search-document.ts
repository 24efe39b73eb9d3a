// Turns extracted elements and component fields into the texts the index stores. Pure.
import { extractSearchElements, type SearchElement, type SearchElementKind, type WeightedText } from './extract-search-elements.js';
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
/**
 * Characters of source text per weight that are indexed: per element and per version. The largest real
 * documents stay well below (Stripe: 120,000 characters of descriptions in weight C), so they are indexed
 * whole; a 9 MB description is cut here, before any text step runs on it.
 */
export const MAX_ELEMENT_TEXT_CHARS = 32 * 1024;
export const MAX_VERSION_TEXT_CHARS = 128 * 1024;

/** Distinct strings joined by `separator`, cut at `max` characters (without building the whole text first). */
export function joinCapped(parts: Iterable<string>, separator: string, max: number): string {
  let out = '';
  for (const p of parts) {
    const next = out ? `${separator}${p}` : p;
    if (out.length + next.length >= max) return out + next.slice(0, max - out.length);
    out += next;
  }
  return out;
}

function indexText(t: WeightedText, max: number): IndexText {
  const out = {} as IndexText;
  for (const w of WEIGHTS) {
    const german = searchableText(joinCapped(new Set(t[w]), ' ', max));
    out[w] = { german, simple: foldUmlauts(german).toLowerCase() };
  }
  return out;
}

export function prepareElement(e: SearchElement): PreparedElement {
  const rest = [...e.text.A.filter((a) => a !== e.label), ...e.text.B, ...e.text.C, ...e.text.D];
  const content = joinCapped([e.label, ...new Set(rest)], ' · ', MAX_CONTENT);
  return { kind: e.kind, label: e.label, method: e.method, path: e.path, content, text: indexText(e.text, MAX_ELEMENT_TEXT_CHARS) };
}

/** The whole document as one weighted text: every element's words under their weight. */
export function documentText(elements: SearchElement[]): IndexText {
  const merged: WeightedText = { A: [], B: [], C: [], D: [] };
  for (const e of elements) for (const w of WEIGHTS) for (const s of e.text[w]) merged[w].push(s);
  return indexText(merged, MAX_VERSION_TEXT_CHARS);
}

/** Component name (A), tags (B) and description (C): searchable with every version of the component. */
export function componentText(c: ComponentText): IndexText {
  return indexText({ A: [c.name], B: c.tags, C: [c.description], D: [] }, MAX_ELEMENT_TEXT_CHARS);
}

/** Distinct words of an index text for the typo/compound vocabulary. */
export function vocabulary(texts: IndexText[]): string[] {
  const words = new Set<string>();
  for (const t of texts) {
    for (const w of WEIGHTS) for (const word of t[w].simple.split(' ')) if (word.length >= 3 && word.length <= 60) words.add(word);
  }
  return [...words].sort();
}

/** Everything a version's index rows need that depends only on its document (built in the validation worker). */
export interface PreparedSearchIndex {
  elements: PreparedElement[];
  document: IndexText;
  /** vocabulary([document]) */
  vocabulary: string[];
}

/** The CPU-heavy part of indexing: element extraction and all text steps. Pure, linear, bounded. */
export function prepareSearchIndex(doc: Record<string, unknown>): PreparedSearchIndex {
  const elements = extractSearchElements(doc);
  const document = documentText(elements);
  return { elements: elements.map(prepareElement), document, vocabulary: vocabulary([document]) };
}

/** Sorted union of vocabularies (the document's, prepared in the worker, and the component's). */
export function mergeVocabulary(...lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort();
}
