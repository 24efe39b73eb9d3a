// Turns the drafted query terms and what the database said about them into one tsquery per term, made
// of labelled alternatives, so a hit can say which word matched how. Pure.
import { bestSplit, compoundSplits, lexeme, maxTypoDistance, MAX_COMPOUND_CHARS, normalisedForms, textQuery, typoDistance, type MatchedAs, type TermDraft } from './query-expansion.js';

export interface TermFacts {
  exact: string;
  stem: string;
  prefix: string;
  /** german stems (empty for stop words) */
  stems: string[];
  /** vocabulary compounds containing the word */
  expansions: string[];
  /** which of vocabularyCandidates(draft) are vocabulary words */
  known: string[];
  /** near spellings of an unknown word with their trigram similarity, best first */
  near: string[];
  nearSimilarity: number[];
}

export interface Alternative {
  tsquery: string;
  matchedAs: MatchedAs;
  /** The word or text that matched on the document side. */
  via: string;
}

export interface PlannedTerm {
  text: string;
  folded: string;
  stems: string[];
  alternatives: Alternative[];
}

const MAX_TYPOS = 4;
// The trigram-only rule of the first search release: long words whose near spelling is obvious.
const LEGACY_SIMILARITY = 0.45;

/** Vocabulary words whose presence the plan of a term depends on (the word, its normal forms, split parts). */
export function vocabularyCandidates(draft: TermDraft): string[] {
  if (draft.words.length !== 1) return [];
  const w = draft.words[0].folded;
  const out = new Set<string>([w, ...normalisedForms(w)]);
  for (const [l, r] of compoundSplits(w)) out.add(l).add(r);
  return [...out];
}


/** Typo corrections of an unknown word: edit distance scaled to its length, or the legacy trigram rule. */
export function typoCorrections(word: string, near: { word: string; similarity: number }[]): string[] {
  if (word.length > MAX_COMPOUND_CHARS) return [];
  const max = maxTypoDistance(word.length);
  return near
    .map((n) => ({ ...n, distance: typoDistance(word, n.word, max) }))
    .filter((n) => n.distance <= max || n.similarity >= LEGACY_SIMILARITY)
    .sort((a, b) => a.distance - b.distance || b.similarity - a.similarity || (a.word < b.word ? -1 : 1))
    .slice(0, MAX_TYPOS)
    .map((n) => n.word);
}

export function planTerm(draft: TermDraft, facts: TermFacts): PlannedTerm {
  const folded = draft.words.map((w) => w.folded).join(' ');
  const alts: Alternative[] = [];
  const add = (tsquery: string, matchedAs: MatchedAs, via: string) => {
    if (tsquery && !alts.some((a) => a.tsquery === tsquery)) alts.push({ tsquery, matchedAs, via });
  };
  add(facts.exact, 'EXACT', folded);
  add(facts.stem, 'STEM', facts.stems.join(' ') || folded);
  add(facts.prefix, 'PREFIX', `${folded}…`);
  if (draft.words.length === 1) {
    const vocab = new Set(facts.known);
    const known = vocab.has(folded);
    // Plurals and umlaut plurals the stemmer misses (Wasserstände → wasserstand), checked against the vocabulary.
    for (const f of normalisedForms(folded)) if (vocab.has(f)) add(`${lexeme(f)}:*`, 'STEM', f);
    for (const e of facts.expansions) add(lexeme(e), 'COMPOUND_PART', e);
    if (!known) {
      const split = bestSplit(folded, vocab);
      if (split) add(`(${textQuery(split[0])} & ${textQuery(split[1])})`, 'COMPOUND_PART', `${split[0]} + ${split[1]}`);
      for (const t of typoCorrections(folded, facts.near.map((word, i) => ({ word, similarity: facts.nearSimilarity[i] ?? 0 })))) add(lexeme(t), 'TYPO', t);
    }
  }
  for (const t of draft.translations) add(textQuery(t.text), t.matchedAs, t.text);
  return { text: draft.text, folded, stems: facts.stems, alternatives: alts };
}

/** The tsquery of one term: its alternatives OR-ed. */
export function termQuery(t: PlannedTerm): string {
  return `(${t.alternatives.map((a) => a.tsquery).join(' | ')})`;
}
