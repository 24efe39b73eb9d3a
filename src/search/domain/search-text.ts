// Text normalisation shared by indexing and querying, so both sides see the same words. Pure.

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/** German umlauts spelled out (Anträge → Antraege): URL paths and identifiers never carry umlauts. */
export function foldUmlauts(text: string): string {
  return text.replace(/[äöüÄÖÜß]/g, (c) => UMLAUTS[c]);
}

/** Splits identifiers into words: `getAntragStatus` → `get Antrag Status`, `HTTPServer` → `HTTP Server`. */
export function splitIdentifier(word: string): string[] {
  return word
    .replace(/([a-zäöüß0-9])([A-ZÄÖÜ])/g, '$1 $2')
    .replace(/([A-ZÄÖÜ]+)([A-ZÄÖÜ][a-zäöüß])/g, '$1 $2')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Text as fed to `to_tsvector`: path and identifier punctuation becomes spaces, camelCase is split,
 * and each compound identifier is also kept whole (`AntragEingegangen` finds both ways).
 */
export function searchableText(text: string): string {
  const words: string[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
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

export interface OperationPattern {
  /** Upper-case HTTP method or AsyncAPI action (SEND, RECEIVE, PUBLISH, SUBSCRIBE); null = any. */
  method: string | null;
  /** SQL LIKE pattern for the path or channel address (`*` → `%`, `{param}` matches any segment). */
  pathLike: string;
}

/**
 * Parses "POST /antraege*" or "/antraege/{id}" into a method and a LIKE pattern. `{…}` in the pattern
 * matches any path parameter name, so `/antraege/{id}` finds `/antraege/{antragId}`.
 */
export function parseOperationPattern(input: string): OperationPattern | null {
  const m = /^\s*(?:([A-Za-z]+)\s+)?(\S+)\s*$/.exec(input);
  if (!m) return null;
  const escaped = m[2].replace(/[\\%_]/g, (c) => `\\${c}`);
  const pathLike = escaped.replace(/\{[^}/]*\}/g, '{%}').replace(/\*/g, '%');
  return { method: m[1] ? m[1].toUpperCase() : null, pathLike };
}
