// Text normalisation shared by indexing and querying, so both sides see the same words. Pure.

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/** German umlauts spelled out (Anträge → Antraege): URL paths and identifiers never carry umlauts. */
export function foldUmlauts(text: string): string {
  return text.replace(/[äöüÄÖÜß]/g, (c) => UMLAUTS[c]);
}

/**
 * A word longer than this is cut before it is split or indexed: no real identifier is this long, and the
 * `german`/`simple` parsers drop words over 2,047 characters anyway. Bounds every per-word step.
 */
export const MAX_WORD_CHARS = 200;

const LOWER_OR_DIGIT = /[a-zäöüß0-9]/;
const UPPER = /[A-ZÄÖÜ]/;
const SPACE = /\s/;

/**
 * Splits identifiers into words: `getAntragStatus` → `get Antrag Status`, `HTTPServer` → `HTTP Server`.
 * One pass over the characters (a cut between lower/digit and upper, and before the last capital of a
 * capital run that a lower-case letter follows), so it is linear: the regex pair it replaces backtracked
 * quadratically on long capital runs.
 */
export function splitIdentifier(word: string): string[] {
  const out: string[] = [];
  let start = 0;
  const cut = (end: number) => {
    if (end > start) out.push(word.slice(start, end));
  };
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (SPACE.test(c)) {
      cut(i);
      start = i + 1;
      continue;
    }
    if (i === 0 || !UPPER.test(c)) continue;
    const prev = word[i - 1];
    const capitalRunEnds = UPPER.test(prev) && i + 1 < word.length && /[a-zäöüß]/.test(word[i + 1]);
    if (LOWER_OR_DIGIT.test(prev) || capitalRunEnds) {
      cut(i);
      start = i;
    }
  }
  cut(word.length);
  return out;
}

/**
 * Text as fed to `to_tsvector`: path and identifier punctuation becomes spaces, camelCase is split,
 * and each compound identifier is also kept whole (`AntragEingegangen` finds both ways). Linear; words
 * are cut at MAX_WORD_CHARS.
 */
export function searchableText(text: string): string {
  const words: string[] = [];
  for (const token of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!token) continue;
    const raw = token.length > MAX_WORD_CHARS ? token.slice(0, MAX_WORD_CHARS) : token;
    const parts = splitIdentifier(raw);
    words.push(...parts);
    if (parts.length > 1) words.push(raw);
  }
  return words.join(' ');
}

export interface QueryWord {
  /** Lower-case as typed (for the german stemmer, which knows umlauts). */
  original: string;
  /** Umlauts folded (for the simple configuration and the vocabulary). */
  folded: string;
}

/** Query words: identifiers split (and kept whole), lower-case, at most `max` distinct words. */
export function queryWords(query: string, max = 8): QueryWord[] {
  const words = searchableText(query).toLowerCase().split(' ').filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, max).map((original) => ({ original, folded: foldUmlauts(original) }));
}

/** Longer operation filters are refused before any pattern runs. */
const MAX_PATTERN_CHARS = 1000;

export interface OperationPattern {
  /** Upper-case HTTP method or AsyncAPI direction (SEND, RECEIVE; 2.x SUBSCRIBE/PUBLISH are aliases); null = any. */
  method: string | null;
  /** SQL LIKE pattern for the path or channel address (`*` → `%`, `{param}` matches any segment). */
  pathLike: string;
}

/**
 * Parses "POST /antraege*" or "/antraege/{id}" into a method and a LIKE pattern. `{…}` in the pattern
 * matches any path parameter name, so `/antraege/{id}` finds `/antraege/{antragId}`.
 */
export function parseOperationPattern(input: string): OperationPattern | null {
  if (input.length > MAX_PATTERN_CHARS) return null;
  const m = /^\s*(?:([A-Za-z]+)\s+)?(\S+)\s*$/.exec(input);
  if (!m) return null;
  const escaped = m[2].replace(/[\\%_]/g, (c) => `\\${c}`);
  const pathLike = escaped.replace(/\{[^}/]*\}/g, '{%}').replace(/\*/g, '%');
  return { method: m[1] ? operationMethod(m[1]) : null, pathLike };
}

/**
 * AsyncAPI 2.x keywords name the client's action: `SUBSCRIBE` = the component sends, `PUBLISH` = it
 * receives. The filter speaks the component's view (as 3.x and the diff engine do) and takes both.
 */
const DIRECTION_ALIASES: Record<string, string> = { SUBSCRIBE: 'SEND', PUBLISH: 'RECEIVE' };

export function operationMethod(word: string): string {
  const upper = word.toUpperCase();
  return DIRECTION_ALIASES[upper] ?? upper;
}
