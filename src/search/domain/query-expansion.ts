// Query-side language work (issue 22): plural/umlaut normal forms, compound split points, bounded typo
// distance, and the bilingual vocabulary. Pure; the database only answers which words the registry
// knows. Every step is linear in the word (or quadratic in a word capped at MAX_COMPOUND_CHARS), and no
// pattern runs on user text.
import { BILINGUAL_TERMS } from './bilingual-terms.js';
import { foldUmlauts, type QueryWord } from './search-text.js';

/** Words longer than this are neither split nor typo-corrected (the vocabulary keeps words ≤ 60). */
export const MAX_COMPOUND_CHARS = 40;
const MIN_PART = 3;
const PLURAL_SUFFIXES = ['nen', 'ern', 'en', 'er', 'e', 'n', 's'];

export type MatchedAs = 'EXACT' | 'STEM' | 'PREFIX' | 'COMPOUND_PART' | 'TYPO' | 'SYNONYM' | 'TRANSLATION';

/** The typed form `Wasserstände` (folded `wasserstaende`) → `wasserstaend`, `wasserstande`, `wasserstand`, … */
export function normalisedForms(folded: string): string[] {
  if (folded.length > MAX_COMPOUND_CHARS) return [];
  const out = new Set<string>();
  const bases = [folded];
  // A plural umlaut sits on the last stem vowel (Stand → Stände): spelled out, the last ae/oe/ue.
  const at = Math.max(folded.lastIndexOf('ae'), folded.lastIndexOf('oe'), folded.lastIndexOf('ue'));
  if (at > 0) bases.push(folded.slice(0, at + 1) + folded.slice(at + 2));
  for (const b of bases) {
    out.add(b);
    for (const s of PLURAL_SUFFIXES) if (b.endsWith(s) && b.length - s.length >= MIN_PART + 1) out.add(b.slice(0, -s.length));
  }
  const en = englishSingular(folded);
  if (en) out.add(en);
  out.delete(folded);
  return [...out];
}

/** holidays → holiday, addresses → address, warnings → warning; null when nothing to strip. */
export function englishSingular(word: string): string | null {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return null;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || word.endsWith('xes') || word.endsWith('ches') || word.endsWith('shes')) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Every split point of a compound into two parts of ≥ 3 letters, with the linking s dropped as an option. */
export function compoundSplits(folded: string): [string, string][] {
  if (folded.length < 2 * MIN_PART || folded.length > MAX_COMPOUND_CHARS) return [];
  const out: [string, string][] = [];
  for (let i = MIN_PART; i <= folded.length - MIN_PART; i++) {
    const left = folded.slice(0, i);
    const right = folded.slice(i);
    out.push([left, right]);
    if (left.endsWith('s') && left.length > MIN_PART) out.push([left.slice(0, -1), right]);
  }
  return out;
}

/** The split whose parts are both vocabulary words, most balanced first (Pegelstand → pegel + stand). */
export function bestSplit(folded: string, known: ReadonlySet<string>): [string, string] | null {
  let best: [string, string] | null = null;
  for (const [l, r] of compoundSplits(folded)) {
    if (!known.has(l) || !known.has(r)) continue;
    if (!best || Math.min(l.length, r.length) > Math.min(best[0].length, best[1].length)) best = [l, r];
  }
  return best;
}

/** Allowed typos by word length: none below 4 letters, 1 for 4–6, 2 from 7. */
export function maxTypoDistance(length: number): number {
  return length < 4 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance (a swap of neighbours counts 1: Antarg → Antrag), or max + 1 when
 * it exceeds `max`. O(|a|·|b|) on words capped at MAX_COMPOUND_CHARS by the caller.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[b.length], max + 1);
}

// ---- bilingual vocabulary ------------------------------------------------------------------------

/** Lower-case, umlauts spelled out, words separated by single spaces. */
export function termKey(text: string): string {
  return foldUmlauts(text.toLowerCase()).split(/[^a-z0-9]+/).filter(Boolean).join(' ');
}

interface GroupEntry { group: number; lang: 'en' | 'de' }
const TERM_INDEX: Map<string, GroupEntry[]> = (() => {
  const index = new Map<string, GroupEntry[]>();
  BILINGUAL_TERMS.forEach((g, group) => {
    for (const [lang, terms] of [['en', g.en], ['de', g.de]] as const) {
      for (const t of terms) {
        const k = termKey(t);
        index.set(k, [...(index.get(k) ?? []), { group, lang }]);
      }
    }
  });
  return index;
})();
const MAX_PHRASE_WORDS = 3;
const MAX_TRANSLATIONS = 8;

export interface Translation {
  /** The group member, as written in the vocabulary. */
  text: string;
  matchedAs: 'SYNONYM' | 'TRANSLATION';
}

export interface TermDraft {
  /** As typed (one word, or a phrase of the vocabulary such as "water level"). */
  text: string;
  words: QueryWord[];
  translations: Translation[];
}

function lookup(key: string): GroupEntry[] | undefined {
  if (TERM_INDEX.has(key)) return TERM_INDEX.get(key);
  // plural of the last word: "water levels", "Wasserstände", "holidays"
  const words = key.split(' ');
  const last = words.pop()!;
  for (const form of normalisedForms(last)) {
    const hit = TERM_INDEX.get([...words, form].join(' '));
    if (hit) return hit;
  }
  return undefined;
}

function translationsFor(entries: GroupEntry[], key: string): Translation[] {
  const out = new Map<string, Translation>();
  for (const { group, lang } of entries) {
    const g = BILINGUAL_TERMS[group];
    for (const [other, terms] of [['en', g.en], ['de', g.de]] as const) {
      for (const t of terms) {
        if (termKey(t) === key || out.has(termKey(t))) continue;
        out.set(termKey(t), { text: t, matchedAs: other === lang ? 'SYNONYM' : 'TRANSLATION' });
      }
    }
  }
  return [...out.values()].slice(0, MAX_TRANSLATIONS);
}

/**
 * Groups the query words into terms: runs of up to three words that form a vocabulary phrase
 * ("water level", "weather warning") become one term, longest first; every term carries the other
 * members of its vocabulary groups. Linear in the number of words (at most 8).
 */
export function draftTerms(words: QueryWord[]): TermDraft[] {
  const out: TermDraft[] = [];
  for (let i = 0; i < words.length;) {
    let taken = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1 && !taken; n--) {
      const run = words.slice(i, i + n);
      const key = termKey(run.map((w) => w.folded).join(' '));
      const entries = lookup(key);
      if (entries || n === 1) {
        out.push({ text: run.map((w) => w.original).join(' '), words: run, translations: entries ? translationsFor(entries, key) : [] });
        taken = n;
      }
    }
    i += taken;
  }
  return out;
}

/** A tsquery for a vocabulary text: its words AND-ed, each as a prefix from 4 letters. */
export function textQuery(text: string): string {
  const words = termKey(text).split(' ').filter(Boolean);
  return `(${words.map((w) => (w.length >= 4 ? `${lexeme(w)}:*` : lexeme(w))).join(' & ')})`;
}

export function lexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
